package com.servicedesk.complaint;

/** What the customer said to the decision they were told. */
public enum CustomerResponse {
    ACCEPTED,
    DISPUTED,
    /** No answer within the review window. */
    NO_RESPONSE
}
