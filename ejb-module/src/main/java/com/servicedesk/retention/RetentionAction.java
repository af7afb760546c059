package com.servicedesk.retention;

/** What happens to a record whose period has run out. */
public enum RetentionAction {
    /** The row stays with its codes, dates, branch, outcome and amounts; names, numbers and free text go. */
    ANONYMISE,
    /** The content goes (a file's bytes); what proves it existed (its digest, its history) stays. */
    DELETE,
    KEEP
}
