package com.servicedesk.complaint;

/** How the customer was told a decision. */
public enum ContactChannel {
    PHONE, SMS, LETTER, EMAIL, IN_PERSON, MOBILE_APP;

    /** Whether the customer is told in writing, by the outbox: then the delivery, not the approval, is the telling. */
    public boolean isWritten() {
        return this == SMS || this == LETTER || this == EMAIL;
    }
}
