package com.servicedesk.complaint;

import java.time.Instant;

/** A complaint as a row of a list or queue. */
public record ComplaintSummary(long id, String reference, ComplaintStatus status, String branchCode,
                               String customerName, String businessCategory, String cause, Severity severity,
                               String assignee, Instant receivedAt, Instant decisionDueAt, String timeRemaining,
                               boolean overdue, boolean dueSoon, boolean extended, boolean clockPaused,
                               int escalationLevel, long version) implements java.io.Serializable {

    /** By id, cheap for JSON-B (see {@link com.servicedesk.shared.Page#hashCode()}); equal records have equal ids. */
    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
