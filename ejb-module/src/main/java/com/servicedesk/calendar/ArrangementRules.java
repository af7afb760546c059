package com.servicedesk.calendar;

import com.servicedesk.calendar.ArrangementProblem.Rule;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a year's arrangement must satisfy before anyone may approve it: at least one day, every date
 * a real date of that year and listed once, every kind OFF or WORKING, a working day only on a
 * Saturday or Sunday (the notice moves a weekend's rest, 调休; a weekday is a working day already),
 * every day named. All problems are reported at once, each with its date.
 */
public final class ArrangementRules {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;
    private static final int MAX_SOURCE = 300;
    private static final int MAX_NAME = 100;

    private ArrangementRules() {
    }

    /** The checked days in date order, or the refusal naming every offending date. */
    public static List<ListedDay> check(int year, String source, List<ProposedDay> days) {
        List<ArrangementProblem> problems = new ArrayList<>();
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            problems.add(new ArrangementProblem(Rule.BAD_YEAR, -1, null, String.valueOf(year)));
        }
        if (source == null || source.isBlank() || source.strip().length() > MAX_SOURCE) {
            problems.add(new ArrangementProblem(Rule.NO_SOURCE, -1, null, null));
        }
        if (days == null || days.isEmpty()) {
            problems.add(new ArrangementProblem(Rule.NO_DAYS, -1, null, null));
            throw new InvalidArrangementException(problems);
        }
        List<ListedDay> checked = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < days.size(); i++) {
            ProposedDay day = days.get(i);
            String text = day.date() == null ? "" : day.date().strip();
            LocalDate date;
            try {
                date = LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                problems.add(new ArrangementProblem(Rule.BAD_DATE, i, text, null));
                continue;
            }
            int before = problems.size();
            if (date.getYear() != year) {
                problems.add(new ArrangementProblem(Rule.OUTSIDE_YEAR, i, text, String.valueOf(year)));
            }
            if (!seen.add(date)) {
                problems.add(new ArrangementProblem(Rule.DUPLICATE, i, text, null));
            }
            DayKind kind = kind(day.kind());
            if (kind == null) {
                problems.add(new ArrangementProblem(Rule.UNKNOWN_KIND, i, text, String.valueOf(day.kind())));
            } else if (kind == DayKind.WORKING && !HolidayCalendar.isWeekend(date)) {
                problems.add(new ArrangementProblem(Rule.WORKING_ON_WEEKDAY, i, text,
                        date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)));
            }
            if (day.name() == null || day.name().isBlank() || day.name().strip().length() > MAX_NAME
                    || (day.nameEn() != null && day.nameEn().strip().length() > MAX_NAME)) {
                problems.add(new ArrangementProblem(Rule.NO_NAME, i, text, null));
            }
            if (problems.size() == before) {
                checked.add(new ListedDay(date, kind, day.name().strip(), blankToNull(day.nameEn())));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidArrangementException(problems);
        }
        checked.sort(Comparator.comparing(ListedDay::date));
        return checked;
    }

    private static DayKind kind(String text) {
        if (text == null) {
            return null;
        }
        for (DayKind kind : DayKind.values()) {
            if (kind.name().equals(text.strip())) {
                return kind;
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
