package com.servicedesk.application;

/** Where a business application stands. */
public enum ApplicationStatus {
    DRAFT, SUBMITTED, UNDER_REVIEW, APPROVED, RETURNED, REJECTED, PROCESSING, COMPLETED;

    /** Whether the maker may still change the checklist: a draft, or an application returned for correction. */
    public boolean checklistOpen() {
        return this == DRAFT || this == RETURNED;
    }
}
