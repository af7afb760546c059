package com.servicedesk.assessment;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A period as listed: its dates, the standard version it is scored with, where it stands, how many
 * results it has and how many of them fail, and the digest of its results (SHA-256 over every
 * subject's KPIs, total, grade and rank) by which two computations can be compared.
 */
public record PeriodView(long id, PeriodKind kind, String label, LocalDate startsOn, LocalDate endsOn, long standardId,
                         String standard, PeriodStatus status, Instant computedAt, String computedBy,
                         String reviewComment, String approvedBy, Instant approvedAt, long results, long failing,
                         String digest, long version) implements java.io.Serializable {
}
