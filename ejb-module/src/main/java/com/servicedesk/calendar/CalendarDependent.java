package com.servicedesk.calendar;

/**
 * A part of the application whose stored dates were counted with the holiday calendar (the
 * complaint deadlines). When a version is put in force it recomputes them, in the approval's own
 * transaction, so that no case is left counted on the old calendar once the new one is in force.
 */
public interface CalendarDependent {

    /**
     * Recomputes what the year's arrangement may change, counting with {@code calendar} (the
     * calendar as it stands once the version is in force), and records each change in the case's
     * history. Returns how many cases changed.
     */
    int recompute(int year, int version, HolidayCalendar calendar);
}
