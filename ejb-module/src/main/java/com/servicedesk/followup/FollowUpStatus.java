package com.servicedesk.followup;

/** Where a follow-up task stands. */
public enum FollowUpStatus {
    OPEN, DONE, CANCELLED
}
