package com.servicedesk.application;

import java.time.Instant;

/** A business application as a row of a list or the review queue. */
public record ApplicationSummary(long id, String reference, ApplicationStatus status, String branchCode,
                                 String customerName, String type, String createdBy, String submittedBy,
                                 Instant createdAt, Instant submittedAt, long version) implements java.io.Serializable {

    /** By id, cheap for JSON-B (see {@link com.servicedesk.shared.Page#hashCode()}); equal records have equal ids. */
    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
