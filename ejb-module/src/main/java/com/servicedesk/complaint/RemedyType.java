package com.servicedesk.complaint;

/** What the bank offers to put things right. */
public enum RemedyType {
    REFUND, FEE_WAIVER, COMPENSATION, APOLOGY, CORRECTION, OTHER, NONE;

    /** Remedies that are money and so carry an amount. */
    public boolean isMonetary() {
        return this == REFUND || this == FEE_WAIVER || this == COMPENSATION;
    }
}
