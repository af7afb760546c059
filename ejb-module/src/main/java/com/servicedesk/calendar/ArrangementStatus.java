package com.servicedesk.calendar;

/** Where a version of a year's holiday arrangement stands. */
public enum ArrangementStatus {
    /** Entered by an administrator, waiting for a second one; deadlines do not use it yet. */
    PROPOSED,
    /** Approved: the deadline engine counts with it. At most one version of a year is in force. */
    IN_FORCE,
    /** Was in force until a corrected version was approved; kept for the record. */
    SUPERSEDED,
    /** Withdrawn before approval; never used. */
    WITHDRAWN
}
