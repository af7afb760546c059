package com.servicedesk.reports.retention;

import java.util.Date;
import java.util.List;

/**
 * What a retention run did, for its proof of destruction: the run, and per kind of record the policy
 * applied (its action, years, the day records had to have ended before, and the rule it follows), how
 * many records it anonymised or deleted, and how many a legal hold kept.
 */
public record RetentionProof(String run, Date asOf, String startedBy, Date startedAt, Date finishedAt, long customers,
                             List<Line> lines) {

    /** One kind of record in the run. */
    public record Line(String kind, String action, Integer years, Date cutoff, Long done, Long held, String basis) {
    }
}
