package com.servicedesk.retention;

import java.time.Instant;
import java.time.LocalDate;

/** A retention policy version as the API and the portal show it. */
public record PolicyView(long id, RecordKind kind, Integer years, RetentionAction action, String businessCategory,
                         LocalDate effectiveFrom, RetentionPolicy.Status status, String basis, String proposedBy,
                         Instant proposedAt, String approvedBy, Instant approvedAt, long version) {

    static PolicyView of(RetentionPolicy p) {
        return new PolicyView(p.id(), p.kind(), p.years(), p.action(), p.businessCategory(), p.effectiveFrom(), p.status(),
                p.basis(), p.proposedBy(), p.proposedAt(), p.approvedBy(), p.approvedAt(), p.version());
    }
}
