package com.servicedesk.retention;

import java.time.Instant;
import java.util.List;

/**
 * A retention run as the API and the portal show it: its progress, and per kind of record what was (or,
 * in a dry run, would be) anonymised or deleted, what a legal hold kept, and examples of the records.
 */
public record RunView(long id, boolean dryRun, Instant asOf, String startedBy, Instant startedAt, Instant finishedAt,
                      RetentionRun.Status status, long processed, long total, int percent, List<KindOutcome> outcomes,
                      long customers, long longestBatchMillis, String reportNumber, String reportSha256, String error,
                      long version) {

    /** One kind of record in a run. */
    public record KindOutcome(RecordKind kind, RetentionAction action, Integer years, Instant cutoff, long expired,
                              long done, long held, List<String> examples) {

        KindOutcome done(long records) {
            return new KindOutcome(kind, action, years, cutoff, expired, records, held, examples);
        }
    }
}
