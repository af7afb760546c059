package com.servicedesk.events;

/**
 * The events published to the bank's message bus, each with the version of its payload's shape. A
 * new field in a payload keeps the version; a field removed or changed in meaning takes the next.
 */
public enum DomainEventType {
    COMPLAINT_RECEIVED("complaint.received"),
    COMPLAINT_ACCEPTED("complaint.accepted"),
    COMPLAINT_EXTENDED("complaint.extended"),
    COMPLAINT_RESPONDED("complaint.responded"),
    COMPLAINT_CLOSED("complaint.closed"),
    COMPLAINT_REOPENED("complaint.reopened"),
    SERVICE_REQUEST_CLOSED("service-request.closed"),
    APPLICATION_APPROVED("application.approved"),
    ASSESSMENT_PERIOD_APPROVED("assessment-period.approved");

    /** The version of every payload shape today. */
    public static final int VERSION = 1;

    private final String wireName;

    DomainEventType(String wireName) {
        this.wireName = wireName;
    }

    /** The name on the bus, e.g. {@code complaint.received}. */
    public String wireName() {
        return wireName;
    }
}
