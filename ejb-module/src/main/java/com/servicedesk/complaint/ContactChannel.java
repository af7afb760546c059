package com.servicedesk.complaint;

/** How the customer was told a decision. */
public enum ContactChannel {
    PHONE, SMS, LETTER, EMAIL, IN_PERSON, MOBILE_APP
}
