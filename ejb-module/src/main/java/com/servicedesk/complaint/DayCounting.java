package com.servicedesk.complaint;

/** How a deadline policy counts its days. */
public enum DayCounting {
    /**
     * PRC Civil Code arts. 201 and 203: counting starts the day after receipt; a last day that is a
     * statutory rest day moves to the first working day after it; the period ends at 24:00.
     */
    CIVIL_CODE_DAYS,
    /** Plain calendar days after receipt, ending at the end of the last day; no holiday shift. */
    CALENDAR_DAYS
}
