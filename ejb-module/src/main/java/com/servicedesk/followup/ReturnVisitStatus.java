package com.servicedesk.followup;

/** Where a return visit stands. */
public enum ReturnVisitStatus {
    IN_PROGRESS, COMPLETED, UNREACHABLE
}
