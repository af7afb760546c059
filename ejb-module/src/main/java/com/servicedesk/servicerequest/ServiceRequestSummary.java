package com.servicedesk.servicerequest;

import java.time.Instant;

/** A service request as a row of a queue. */
public record ServiceRequestSummary(long id, String reference, ServiceRequestStatus status, String branchCode,
                                    String customerName, String channel, String category, String subject,
                                    String assignee, Instant receivedAt, Instant dueAt, String timeRemaining,
                                    boolean overdue, boolean dueSoon, int escalationLevel, long version) implements java.io.Serializable {

    /** By id, cheap for JSON-B (see {@link com.servicedesk.shared.Page#hashCode()}); equal records have equal ids. */
    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
