package com.servicedesk.audit;

import java.time.Instant;

/** One audited event of a record's life, as its timeline shows it. */
public record HistoryEntry(long seq, Instant at, String actor, String action, String before, String after,
                           String detail) {
}
