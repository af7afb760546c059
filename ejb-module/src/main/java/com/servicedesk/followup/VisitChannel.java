package com.servicedesk.followup;

/** How a return visit reached, or tried to reach, the customer. */
public enum VisitChannel {
    PHONE, SMS, WECHAT, EMAIL, IN_PERSON
}
