package com.servicedesk.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A version of a year's arrangement as the portal and the API show it; {@code days} is null in
 * lists, and {@code recomputedCases} is set only on the answer to an approval.
 */
public record CalendarVersionView(int year, int version, ArrangementStatus status, String source, LocalDate noticeDate,
                                  String proposedBy, Instant proposedAt, String approvedBy, Instant approvedAt,
                                  Instant supersededAt, List<Day> days, Integer recomputedCases) implements java.io.Serializable {

    /** A listed day. */
    public record Day(LocalDate date, DayKind kind, String name, String nameEn) implements java.io.Serializable {
    }

    static CalendarVersionView of(HolidayArrangement a, boolean withDays, Integer recomputed) {
        return new CalendarVersionView(a.year(), a.version(), a.status(), a.source(), a.noticeDate(), a.proposedBy(),
                a.proposedAt(), a.approvedBy(), a.approvedAt(), a.supersededAt(),
                withDays ? a.days().stream().map(d -> new Day(d.date(), d.kind(), d.name(), d.nameEn())).toList()
                        : null,
                recomputed);
    }
}
