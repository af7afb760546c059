package com.servicedesk.followup;

/** Where a follow-up task stands: open, done (the customer was contacted), or closed as unreachable. */
public enum FollowUpStatus {
    OPEN, DONE, UNREACHABLE
}
