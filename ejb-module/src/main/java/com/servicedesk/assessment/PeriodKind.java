package com.servicedesk.assessment;

/** An assessment period is a calendar month or quarter. */
public enum PeriodKind {
    MONTH, QUARTER
}
