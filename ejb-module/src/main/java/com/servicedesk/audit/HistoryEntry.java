package com.servicedesk.audit;

import java.time.Instant;

/**
 * One audited event of a record's life, as its timeline shows it; {@code record} names another record
 * whose history is shown with this one (a complaint merged into it), and is null for the record's own.
 */
public record HistoryEntry(long seq, Instant at, String actor, String action, String before, String after,
                           String detail, String record) {

    /** The same entry, marked as one of the named record's. */
    public HistoryEntry of(String otherRecord) {
        return new HistoryEntry(seq, at, actor, action, before, after, detail, otherRecord);
    }
}
