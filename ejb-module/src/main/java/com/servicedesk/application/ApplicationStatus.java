package com.servicedesk.application;

/** Where a business application stands. */
public enum ApplicationStatus {
    DRAFT, SUBMITTED, UNDER_REVIEW, APPROVED, RETURNED, REJECTED, PROCESSING, COMPLETED
}
