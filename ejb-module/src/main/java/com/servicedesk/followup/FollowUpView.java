package com.servicedesk.followup;

import java.time.Instant;
import java.time.LocalDate;

/** A follow-up task as listed and shown, with its return visit once one has been started. */
public record FollowUpView(long id, String sourceType, long sourceId, String sourceRef, long customerId,
                           String customerName, String branchCode, String kind, LocalDate dueOn, String assignee,
                           FollowUpStatus status, boolean overdue, Instant escalatedAt, Instant createdAt,
                           Instant completedAt, ReturnVisitView visit, long version) implements java.io.Serializable {

    static FollowUpView of(FollowUp f, String customerName, ReturnVisitView visit, LocalDate today) {
        return new FollowUpView(f.id(), f.sourceType(), f.sourceId(), f.sourceRef(), f.customerId(), customerName,
                f.branchCode(), f.kind(), f.dueOn(), f.assignee(), f.status(), f.overdue(today), f.escalatedAt(),
                f.createdAt(), f.completedAt(), visit, f.version());
    }

    /** By id, cheap for JSON-B (see {@link com.servicedesk.shared.Page#hashCode()}); equal records have equal ids. */
    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
