package com.servicedesk.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which days are rest days, for the years that are loaded. A weekend day is a rest day unless the
 * notice makes it a working day; a weekday is a working day unless the notice gives it off. For a
 * year that is not loaded there is no answer: callers must flag, not guess.
 */
public final class HolidayCalendar {

    /** A calendar with no year loaded, for policies that count plain calendar days. */
    public static final HolidayCalendar NONE = new HolidayCalendar(Set.of(), Map.of());

    private final Set<Integer> loadedYears;
    private final Map<LocalDate, DayKind> listedDays;

    public HolidayCalendar(Set<Integer> loadedYears, Map<LocalDate, DayKind> listedDays) {
        this.loadedYears = Set.copyOf(loadedYears);
        this.listedDays = Map.copyOf(listedDays);
    }

    /**
     * This calendar with one year's arrangement put in (or replaced): what the deadlines count with
     * once that version is in force, before the change is committed.
     */
    public HolidayCalendar withYear(int year, Map<LocalDate, DayKind> days) {
        Set<Integer> years = new HashSet<>(loadedYears);
        years.add(year);
        Map<LocalDate, DayKind> merged = new HashMap<>();
        listedDays.forEach((date, kind) -> {
            if (date.getYear() != year) {
                merged.put(date, kind);
            }
        });
        days.forEach((date, kind) -> {
            if (date.getYear() != year) {
                throw new IllegalArgumentException(date + " is not in " + year);
            }
            merged.put(date, kind);
        });
        return new HolidayCalendar(years, merged);
    }

    public boolean isLoaded(int year) {
        return loadedYears.contains(year);
    }

    public Set<Integer> loadedYears() {
        return loadedYears;
    }

    /** Whether the day is a statutory rest day, or empty when its year is not loaded. */
    public Optional<Boolean> isRestDay(LocalDate day) {
        if (!isLoaded(day.getYear())) {
            return Optional.empty();
        }
        DayKind listed = listedDays.get(day);
        if (listed != null) {
            return Optional.of(listed == DayKind.OFF);
        }
        return Optional.of(isWeekend(day));
    }

    /** Saturday or Sunday: the only rest days of a week with no holiday in it. */
    public static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /**
     * The date {@code days} working days after {@code from}, for planning (follow-ups, improvement
     * actions). Where a year's calendar is missing, weekends alone are rest days: a plan's date is
     * not a legal limit, which the deadline engine computes strictly.
     */
    public LocalDate plusWorkingDays(LocalDate from, int days) {
        LocalDate day = from;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (!isRestDay(day).orElse(isWeekend(day))) {
                counted++;
            }
        }
        return day;
    }
}
