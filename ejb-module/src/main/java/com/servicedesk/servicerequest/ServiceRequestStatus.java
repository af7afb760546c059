package com.servicedesk.servicerequest;

/** Where a service request stands in the closed loop. */
public enum ServiceRequestStatus {
    RECEIVED, ACCEPTED, IN_PROGRESS, RESPONDED, FOLLOWED_UP, CLOSED, CANCELLED;

    /** Whether the desk still owes the customer an answer. */
    public boolean awaitsResponse() {
        return this == RECEIVED || this == ACCEPTED || this == IN_PROGRESS;
    }
}
