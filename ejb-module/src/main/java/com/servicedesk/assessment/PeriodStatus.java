package com.servicedesk.assessment;

/** Where a period stands: created, computed (and open to review), or approved and locked. */
public enum PeriodStatus {
    OPEN, COMPUTED, APPROVED
}
