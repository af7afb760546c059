package com.servicedesk.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.servicedesk.calendar.DayKind;
import com.servicedesk.calendar.HolidayCalendar;
import com.servicedesk.calendar.MigratedCalendar;
import com.servicedesk.shared.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A complaint counted while 2027 had no calendar, counted again once a 2027 version is in force:
 * the legal limit moves as Civil Code art. 203 says, and the flag goes; what was told stays told.
 */
class ComplaintCalendarRecountTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** Received Monday 30 November 2026: 60 days end on Friday 29 January 2027. */
    private static final Instant RECEIVED = LocalDate.of(2026, 11, 30).atTime(10, 0).atZone(SHANGHAI).toInstant();
    private static final HolidayCalendar WITHOUT_2027 = MigratedCalendar.load();
    /** A 2027 version that gives Friday 29 January off. */
    private static final HolidayCalendar WITH_2027 = WITHOUT_2027.withYear(2027,
            Map.of(LocalDate.of(2027, 1, 29), DayKind.OFF));

    private static Complaint extendedTwice() {
        DeadlineEngine engine = new DeadlineEngine(WITHOUT_2027);
        Complaint.Intake intake = new Complaint.Intake(1L, "BJ01", "PHONE", "A010302", "B03", "C01", "110101",
                Severity.MEDIUM, "扣费有误", null, RECEIVED);
        Complaint c = new Complaint("TS-20261130-000001", intake, ComplaintLifecycleTest.CBIRC, engine,
                ComplaintLifecycleTest.AGENT, RECEIVED);
        Instant t = RECEIVED.plusSeconds(3600);
        c.perform(new ComplaintCommand.Extend("需调取外部记录"), ComplaintLifecycleTest.SUPERVISOR, t,
                ComplaintLifecycleTest.CBIRC, engine);
        c.perform(new ComplaintCommand.Extend("特别复杂"), ComplaintLifecycleTest.caller("manager", Role.MANAGER), t,
                ComplaintLifecycleTest.CBIRC, engine);
        return c;
    }

    private static LocalDate lastDay(Instant due) {
        return LocalDate.ofInstant(due, SHANGHAI).minusDays(1);
    }

    @Test
    void anExtendedLimitLandingOnADayTheNewVersionGivesOffMovesToTheNextWorkingDayAndItsFlagGoes() {
        Complaint c = extendedTwice();
        assertEquals(LocalDate.of(2027, 1, 29), lastDay(c.clock().decisionDueAt()), "unshifted while 2027 is missing");
        assertEquals("holiday calendar not loaded for [2027]", c.clock().dueFlag());

        assertTrue(c.recountOnCalendar(ComplaintLifecycleTest.CBIRC, new DeadlineEngine(WITH_2027)));
        // 29 Jan is off, 30 and 31 Jan are the weekend: the limit ends on Monday 1 February (art. 203)
        assertEquals(LocalDate.of(2027, 2, 1), lastDay(c.clock().decisionDueAt()));
        assertNull(c.clock().dueFlag());
        assertFalse(c.recountOnCalendar(ComplaintLifecycleTest.CBIRC, new DeadlineEngine(WITH_2027)),
                "counting again on the same calendar changes nothing");
    }

    @Test
    void aCorrectedVersionMovesTheLimitBackAndAnOrdinaryFridayIsTheLastDay() {
        Complaint c = extendedTwice();
        c.recountOnCalendar(ComplaintLifecycleTest.CBIRC, new DeadlineEngine(WITH_2027));
        HolidayCalendar corrected = WITH_2027.withYear(2027, Map.of(LocalDate.of(2027, 2, 11), DayKind.OFF));
        assertTrue(c.recountOnCalendar(ComplaintLifecycleTest.CBIRC, new DeadlineEngine(corrected)));
        assertEquals(LocalDate.of(2027, 1, 29), lastDay(c.clock().decisionDueAt()));
        assertNull(c.clock().dueFlag());
    }

    @Test
    void aClosedComplaintKeepsWhatItWasTold() {
        Complaint c = ComplaintLifecycleTest.inState(ComplaintStatus.CLOSED);
        Instant due = c.clock().decisionDueAt();
        Instant window = c.notice().reviewWindowEndsAt();
        assertFalse(c.recountOnCalendar(ComplaintLifecycleTest.CBIRC, new DeadlineEngine(HolidayCalendar.NONE)));
        assertEquals(due, c.clock().decisionDueAt());
        assertEquals(window, c.notice().reviewWindowEndsAt());
    }

    @Test
    void aRespondedComplaintsReviewWindowIsCountedAgain() {
        Complaint c = ComplaintLifecycleTest.inState(ComplaintStatus.RESPONDED);
        // told on Monday 2 November 2026: the 30-day window ends on Wednesday 2 December
        assertEquals(LocalDate.of(2026, 12, 2), lastDay(c.notice().reviewWindowEndsAt()));
        HolidayCalendar dayOff = WITHOUT_2027.withYear(2026, Map.of(LocalDate.of(2026, 12, 2), DayKind.OFF));
        assertTrue(c.recountOnCalendar(ComplaintLifecycleTest.CBIRC, new DeadlineEngine(dayOff)));
        assertEquals(LocalDate.of(2026, 12, 3), lastDay(c.notice().reviewWindowEndsAt()));
    }
}
