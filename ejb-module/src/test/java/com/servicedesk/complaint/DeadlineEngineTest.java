package com.servicedesk.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.servicedesk.calendar.MigratedCalendar;
import com.servicedesk.shared.ConflictException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The deadline rules as a table: CBIRC 2020 (15 days, 30 and 60 with extensions, Civil Code
 * counting with China's holidays and adjusted working days) and the UK FCA's DISP 1.6 (eight weeks,
 * summary resolution by the third business day). Expected last days were worked out by hand from
 * the State Council's notices (shared/reference/cn-holidays.md).
 */
class DeadlineEngineTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final DeadlinePolicy CBIRC = DeadlinePolicy.of("CBIRC_2020", DayCounting.CIVIL_CODE_DAYS, SHANGHAI, true,
            15, 30, 60, 30, 30, null);
    static final DeadlinePolicy FCA = DeadlinePolicy.of("FCA_DISP", DayCounting.CALENDAR_DAYS, LONDON, false,
            56, null, null, null, null, 3);

    private final DeadlineEngine engine = new DeadlineEngine(MigratedCalendar.load());

    private static Instant at(String localDateTime, ZoneId zone) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    @ParameterizedTest(name = "[{index}] received {0}, extension {1}, paused {2} days -> {3} ({5})")
    @CsvSource(delimiter = '|', textBlock = """
        2026-11-02T10:00 | 0 | 0  | 2026-11-17 | false | an ordinary fortnight: Tuesday is a working day
        2026-11-02T23:59 | 0 | 0  | 2026-11-17 | false | the time of day does not matter, only the day of receipt
        2026-11-06T09:00 | 0 | 0  | 2026-11-23 | false | a Saturday last day moves past the weekend to Monday
        2026-09-22T10:00 | 0 | 0  | 2026-10-08 | false | received before National Day: the last day falls on 7 Oct, a holiday
        2026-09-16T10:00 | 0 | 0  | 2026-10-08 | false | the last day is 1 Oct: moves past the whole break
        2026-09-20T10:00 | 0 | 0  | 2026-10-08 | false | received on an adjusted working Sunday
        2026-09-10T10:00 | 0 | 0  | 2026-09-28 | false | Mid-Autumn 2026: 25 Sep is a holiday, then a weekend
        2026-09-05T10:00 | 0 | 0  | 2026-09-20 | false | a last day on an adjusted working Sunday stays (20 Sep 2026)
        2025-09-23T10:00 | 0 | 0  | 2025-10-09 | false | National Day and Mid-Autumn 2025 end on 8 Oct
        2025-09-25T10:00 | 0 | 0  | 2025-10-10 | false | 10 Oct 2025 is an ordinary Friday
        2025-09-26T10:00 | 0 | 0  | 2025-10-11 | false | 11 Oct 2025 is an adjusted working Saturday: it stays
        2026-02-01T10:00 | 0 | 0  | 2026-02-24 | false | received before Spring Festival 2026: past the nine-day break
        2026-02-08T10:00 | 0 | 0  | 2026-02-24 | false | the last day is 23 Feb, the break's last day
        2026-01-30T10:00 | 0 | 0  | 2026-02-14 | false | 14 Feb 2026 is an adjusted working Saturday
        2026-02-13T10:00 | 0 | 0  | 2026-02-28 | false | 28 Feb 2026 is an adjusted working Saturday
        2025-01-20T10:00 | 0 | 0  | 2025-02-05 | false | Spring Festival 2025 ends on 4 Feb
        2025-01-11T10:00 | 0 | 0  | 2025-01-26 | false | 26 Jan 2025 is an adjusted working Sunday
        2025-01-24T10:00 | 0 | 0  | 2025-02-08 | false | 8 Feb 2025 is an adjusted working Saturday
        2025-12-18T10:00 | 0 | 0  | 2026-01-04 | false | New Year 2026: 2 and 3 Jan are off, 4 Jan (Sunday) is worked
        2025-12-20T10:00 | 0 | 0  | 2026-01-04 | false | a last day on 4 Jan 2026, an adjusted working Sunday
        2026-06-04T10:00 | 0 | 0  | 2026-06-22 | false | Dragon Boat 2026: 19-21 Jun off
        2026-04-20T10:00 | 0 | 0  | 2026-05-06 | false | Labour Day 2026: 1-5 May off
        2026-04-24T10:00 | 0 | 0  | 2026-05-09 | false | 9 May 2026 is an adjusted working Saturday
        2026-03-20T10:00 | 0 | 0  | 2026-04-07 | false | Qingming 2026: 4-6 Apr off
        2026-11-02T10:00 | 1 | 0  | 2026-12-02 | false | the first extension: 30 days
        2026-09-01T10:00 | 1 | 0  | 2026-10-08 | false | an extended limit ending in the National Day break
        2026-08-05T10:00 | 2 | 0  | 2026-10-08 | false | the second extension: 60 days, into the National Day break
        2026-11-02T10:00 | 2 | 0  | 2027-01-01 | true  | 60 days reach 2027, whose calendar is not loaded: flagged, not guessed
        2026-11-02T10:00 | 0 | 10 | 2026-11-27 | false | ten days paused for an external appraisal are added
        2026-11-02T10:00 | 0 | 5  | 2026-11-23 | false | a pause that pushes the last day onto a Sunday
        2026-09-01T10:00 | 1 | 3  | 2026-10-08 | false | an extension and a pause together
        2026-12-17T10:00 | 0 | 0  | 2027-01-01 | true  | a last day in 2027: flagged
        2026-12-20T10:00 | 0 | 0  | 2027-01-04 | true  | a last day in 2027: flagged and left unshifted
        2026-12-10T10:00 | 0 | 0  | 2026-12-25 | false | 25 Dec is an ordinary working day in China
        2024-12-20T10:00 | 0 | 0  | 2025-01-06 | false | received in an unloaded year: only the last day's year matters
        2024-12-01T10:00 | 0 | 0  | 2024-12-16 | true  | a last day in 2024, not loaded: flagged
        """)
    void decisionDeadlinesUnderCbirc2020(String received, int extension, int paused, LocalDate lastDay,
                                         boolean flagged, String why) {
        Deadline deadline = engine.decision(CBIRC, at(received, SHANGHAI), extension, paused);
        assertEquals(lastDay, deadline.lastDay(), why);
        assertEquals(flagged, deadline.flagged(), why);
        assertEquals(lastDay.plusDays(1).atStartOfDay(SHANGHAI).toInstant(), deadline.dueAt(), "ends at 24:00 of the last day");
        assertEquals(flagged, deadline.flag() != null && deadline.flag().contains(Integer.toString(lastDay.getYear())));
    }

    @Test
    void theDayOfReceiptIsTheBanksDayNotUtcs() {
        // 00:30 on 3 Nov in Shanghai is still 2 Nov in UTC: the count starts from 3 Nov.
        Deadline deadline = engine.decision(CBIRC, Instant.parse("2026-11-02T16:30:00Z"), 0, 0);
        assertEquals(LocalDate.of(2026, 11, 18), deadline.lastDay());
        assertEquals(Instant.parse("2026-11-18T16:00:00Z"), deadline.dueAt());
    }

    @Test
    void theReviewWindowAndTheReviewClockCountLikeTheDecision() {
        assertEquals(LocalDate.of(2026, 10, 10),
                engine.reviewRequestWindow(CBIRC, at("2026-09-10T15:00", SHANGHAI)).orElseThrow().lastDay(),
                "30 days from the decision end on an adjusted working Saturday");
        assertEquals(LocalDate.of(2026, 2, 24),
                engine.reviewDecision(CBIRC, at("2026-01-20T15:00", SHANGHAI)).orElseThrow().lastDay(),
                "the review's own 30 days end in Spring Festival and move past it");
    }

    @Test
    void aThirdExtensionDoesNotExist() {
        assertThrows(ConflictException.class, () -> engine.decision(CBIRC, at("2026-11-02T10:00", SHANGHAI), 3, 0));
    }

    @Test
    void theFcaAllowsEightWeeksWithoutHolidayShift() {
        Deadline deadline = engine.decision(FCA, at("2026-11-02T09:00", LONDON), 0, 0);
        assertEquals(LocalDate.of(2026, 12, 28), deadline.lastDay());
        assertEquals(LocalDate.of(2026, 12, 29).atStartOfDay(LONDON).toInstant(), deadline.dueAt());
        assertEquals(false, deadline.flagged());
        assertThrows(ConflictException.class, () -> engine.decision(FCA, at("2026-11-02T09:00", LONDON), 1, 0),
                "the FCA rules have no extension");
        assertEquals(true, engine.reviewRequestWindow(FCA, at("2026-11-02T09:00", LONDON)).isEmpty());
    }

    @ParameterizedTest(name = "FCA summary resolution: received {0} -> by close of {1}")
    @CsvSource({
        "2026-11-05T16:00, 2026-11-10",
        "2026-11-06T09:00, 2026-11-11",
        "2026-11-07T12:00, 2026-11-11",
    })
    void theFcaSummaryResolutionWindowIsThreeBusinessDays(String received, LocalDate lastDay) {
        Deadline window = engine.summaryResolution(FCA, at(received, LONDON)).orElseThrow();
        assertEquals(lastDay, window.lastDay());
        assertEquals(lastDay.plusDays(1).atStartOfDay(LONDON).toInstant(), window.dueAt());
    }

    @Test
    void cbircHasNoSummaryResolution() {
        assertEquals(true, engine.summaryResolution(CBIRC, Instant.now()).isEmpty());
    }

    @Test
    void overdueAndTimeRemaining() {
        Deadline deadline = engine.decision(CBIRC, at("2026-11-02T10:00", SHANGHAI), 0, 0);
        Instant before = deadline.dueAt().minusSeconds(3600);
        assertEquals(false, deadline.isOverdue(before));
        assertEquals(3600, deadline.remaining(before).toSeconds());
        assertEquals(true, deadline.isOverdue(deadline.dueAt()));
    }
}
