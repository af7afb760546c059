package com.servicedesk.complaint;

/** The result of a review (核查) of a complaint decision. */
public enum ReviewOutcome {
    /** The first decision stands. */
    UPHELD,
    /** The decision is changed in the customer's favour. */
    REVISED
}
