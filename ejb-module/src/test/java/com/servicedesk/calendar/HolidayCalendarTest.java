package com.servicedesk.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
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

    @Test
    void aYearPutInForceReplacesThatYearOnlyAndAnswersForItFromThen() {
        HolidayCalendar with2027 = calendar.withYear(2027, Map.of(LocalDate.of(2027, 1, 29), DayKind.OFF));
        assertEquals(Optional.of(true), with2027.isRestDay(LocalDate.of(2027, 1, 29)), "a Friday the version gives off");
        assertEquals(Optional.of(false), with2027.isRestDay(LocalDate.of(2027, 2, 1)), "an ordinary Monday");
        assertEquals(Optional.of(true), with2027.isRestDay(LocalDate.of(2026, 2, 17)), "other years stay as they were");
        HolidayCalendar corrected = with2027.withYear(2027, Map.of(LocalDate.of(2027, 2, 1), DayKind.OFF));
        assertEquals(Optional.of(false), corrected.isRestDay(LocalDate.of(2027, 1, 29)), "a correction replaces the version's days");
        assertEquals(Optional.of(true), corrected.isRestDay(LocalDate.of(2027, 2, 1)));
        assertTrue(calendar.isRestDay(LocalDate.of(2027, 1, 29)).isEmpty(), "the calendar it came from is unchanged");
    }
}
