package com.servicedesk.calendar;

/** How the holiday notice lists a day. */
public enum DayKind {
    /** A rest day of a holiday break, weekends inside the break included. */
    OFF,
    /** A weekend day that becomes a working day (调休上班). */
    WORKING
}
