package com.servicedesk.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.servicedesk.shared.ConflictException;
import com.servicedesk.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReturnVisitTest {

    private static final SatisfactionMethod CSI = SatisfactionMethod.of("CSI", "0.25", "0.25", "0.20", "0.30", 3, 2);
    private static final Instant T = Instant.parse("2026-11-02T02:00:00Z");

    private static FollowUp followUp() {
        FollowUp f = new FollowUp(new FollowUpSource("Complaint", 7, "TS-20261101-000007", 3, "BJ01"), "RETURN_VISIT",
                LocalDate.of(2026, 11, 4), "agent", T);
        try {
            java.lang.reflect.Field id = FollowUp.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(f, 41L);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return f;
    }

    @Test
    void theIndexRescalesEachScoreTo0To100AndWeighsThem() {
        assertEquals(new BigDecimal("100.0000"), CSI.index(new SurveyAnswers(5, 5, 5, 5, 10, null)));
        assertEquals(new BigDecimal("0.0000"), CSI.index(new SurveyAnswers(1, 1, 1, 1, 0, null)));
        assertEquals(new BigDecimal("75.0000"), CSI.index(new SurveyAnswers(4, 4, 4, 4, 8, null)));
        // .25 x 25 + .25 x 50 + .20 x 50 + .30 x 25 = 36.25
        assertEquals(new BigDecimal("36.2500"), CSI.index(new SurveyAnswers(2, 3, 3, 2, 3, null)));
    }

    @Test
    void aScoreAtOrBelowTheLowMarkIsLow() {
        assertTrue(CSI.isLow(new SurveyAnswers(5, 5, 2, 5, 9, null)));
        assertFalse(CSI.isLow(new SurveyAnswers(3, 3, 3, 3, 6, null)));
    }

    @Test
    void answersOutOfTheirScalesAreAllNamed() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new SurveyAnswers(0, 6, null, 3, 11, null).validated());
        assertEquals(List.of("speed", "professionalism", "personalisation", "nps"),
                e.violations().stream().map(InvalidInputException.Violation::field).toList());
    }

    @Test
    void aReachedCustomerCompletesTheVisitOnce() {
        ReturnVisit visit = new ReturnVisit(followUp());
        assertNull(visit.answers());
        visit.reached("PHONE", new SurveyAnswers(4, 5, 4, 5, 9, "  很满意  "), "agent", T);
        assertEquals(ReturnVisitStatus.COMPLETED, visit.status());
        assertEquals(1, visit.attempts());
        assertEquals("很满意", visit.answers().words());
        assertThrows(ConflictException.class, () -> visit.notReached("PHONE", "agent", T, 3));
    }

    @Test
    void theThirdUnansweredCallClosesTheVisitAsUnreachable() {
        ReturnVisit visit = new ReturnVisit(followUp());
        assertFalse(visit.notReached("PHONE", "agent", T, 3));
        assertFalse(visit.notReached("SMS", "agent", T, 3));
        assertEquals(ReturnVisitStatus.IN_PROGRESS, visit.status());
        assertTrue(visit.notReached("PHONE", "agent", T, 3));
        assertEquals(ReturnVisitStatus.UNREACHABLE, visit.status());
        assertEquals(3, visit.attempts());
    }

    @Test
    void aFollowUpIsOnTimeWhenClosedByItsDueDateInBeijing() {
        FollowUp onTime = followUp();
        onTime.complete(Instant.parse("2026-11-04T15:59:00Z"));   // 23:59 on the 4th in Beijing
        assertTrue(onTime.closedOnTime());
        FollowUp late = followUp();
        late.closeUnreachable(Instant.parse("2026-11-04T16:00:00Z"));   // 00:00 on the 5th
        assertFalse(late.closedOnTime());
        assertTrue(followUp().overdue(LocalDate.of(2026, 11, 5)));
        assertFalse(followUp().overdue(LocalDate.of(2026, 11, 4)));
    }

    @Test
    void anOverdueFollowUpIsEscalatedOnce() {
        FollowUp f = followUp();
        assertTrue(f.escalate(T));
        assertFalse(f.escalate(T.plusSeconds(600)));
        assertEquals(T, f.escalatedAt());
    }
}
