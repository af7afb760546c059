package com.servicedesk.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HolidayCalendarTest {

    private final HolidayCalendar calendar = MigratedCalendar.load();

    @Test
    void theMigrationLoads2025And2026WithTheirBreaksAndAdjustedWorkingDays() {
        assertEquals(Set.of(2025, 2026), calendar.loadedYears());
        assertEquals(Optional.of(true), calendar.isRestDay(LocalDate.of(2026, 2, 17)), "Spring Festival");
        assertEquals(Optional.of(false), calendar.isRestDay(LocalDate.of(2026, 2, 14)), "a Saturday worked (调休)");
        assertEquals(Optional.of(false), calendar.isRestDay(LocalDate.of(2026, 1, 4)), "a Sunday worked (调休)");
        assertEquals(Optional.of(true), calendar.isRestDay(LocalDate.of(2026, 10, 7)), "National Day");
        assertEquals(Optional.of(true), calendar.isRestDay(LocalDate.of(2026, 11, 28)), "an ordinary Saturday");
        assertEquals(Optional.of(false), calendar.isRestDay(LocalDate.of(2026, 11, 27)), "an ordinary Friday");
        assertEquals(Optional.of(true), calendar.isRestDay(LocalDate.of(2025, 1, 28)), "除夕 is a holiday from 2025");
        assertTrue(calendar.isRestDay(LocalDate.of(2027, 1, 4)).isEmpty(), "2027 is not loaded: no answer");
    }

    @Test
    void planningDatesSkipHolidaysAndCountAdjustedWorkingDays() {
        // Thursday 2026-09-24 + 3 working days: the Mid-Autumn break (25-27) is skipped: Mon 28, Tue 29, Wed 30
        assertEquals(LocalDate.of(2026, 9, 30), calendar.plusWorkingDays(LocalDate.of(2026, 9, 24), 3));
        // National Day (Oct 1-7) is skipped, and Saturday Oct 10 is an adjusted working day
        assertEquals(LocalDate.of(2026, 10, 9), calendar.plusWorkingDays(LocalDate.of(2026, 9, 30), 2));
        assertEquals(LocalDate.of(2026, 10, 10), calendar.plusWorkingDays(LocalDate.of(2026, 10, 8), 2));
        // a year with no calendar falls back to weekends: Fri 2027-01-08 + 1 = Mon 2027-01-11
        assertEquals(LocalDate.of(2027, 1, 11), calendar.plusWorkingDays(LocalDate.of(2027, 1, 8), 1));
    }
}
