package com.servicedesk.complaint;

/** Who brings a complaint for the customer (CBIRC 2020 No.3 art. 14). */
public enum RepresentativeRelation {
    /** An agent with the customer's written authorisation. */
    AGENT,
    /** An heir of a customer who has died. */
    HEIR,
    /** The guardian of a customer without full capacity. */
    GUARDIAN
}
