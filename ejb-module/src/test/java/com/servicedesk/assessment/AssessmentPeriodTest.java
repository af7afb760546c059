package com.servicedesk.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.servicedesk.shared.ConflictException;
import com.servicedesk.shared.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AssessmentPeriodTest {

    @ParameterizedTest(name = "{0} {1} runs {2} to {3}")
    @CsvSource({
            "MONTH, 2026-02, 2026-02-01, 2026-02-28",
            "MONTH, 2024-02, 2024-02-01, 2024-02-29",
            "QUARTER, 2026-Q1, 2026-01-01, 2026-03-31",
            "QUARTER, 2026-Q4, 2026-10-01, 2026-12-31"})
    void labelsNameWholeMonthsAndQuarters(PeriodKind kind, String label, LocalDate from, LocalDate to) {
        AssessmentPeriod p = new AssessmentPeriod(kind, label, 1);
        assertEquals(from, p.startsOn());
        assertEquals(to, p.endsOn());
        assertEquals(PeriodStatus.OPEN, p.status());
    }

    @ParameterizedTest
    @CsvSource({"MONTH, 2026-13", "MONTH, 2026-Q1", "QUARTER, 2026-Q5", "QUARTER, 2026-03", "MONTH, ''"})
    void badLabelsAreRefusedWithTheExpectedForm(PeriodKind kind, String label) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new AssessmentPeriod(kind, label, 1));
        assertEquals("label", e.violations().get(0).field());
    }

    @Test
    void anApprovedPeriodCanNeitherBeRecomputedNorReviewedAgain() {
        AssessmentPeriod p = new AssessmentPeriod(PeriodKind.MONTH, "2026-10", 1);
        assertThrows(ConflictException.class, () -> p.approve("m", Instant.EPOCH, "ok"), "not computed yet");
        p.computed("m", Instant.EPOCH);
        p.computed("m", Instant.EPOCH);
        p.approve("m", Instant.EPOCH, "同意");
        assertEquals(PeriodStatus.APPROVED, p.status());
        assertEquals("同意", p.reviewComment());
        assertThrows(ConflictException.class, () -> p.computed("m", Instant.EPOCH));
        assertThrows(ConflictException.class, () -> p.review("again"));
        assertThrows(ConflictException.class, () -> p.approve("m", Instant.EPOCH, null));
    }
}
