package com.servicedesk.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.servicedesk.assessment.AssessmentCalculator.Outcome;
import com.servicedesk.assessment.AssessmentCalculator.Subject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A period computed by hand. Staff a and b work at branch B1, c at B2; the numbers below are worked
 * out in the comments, KPI by KPI, with the default standard's targets and weights.
 */
class AssessmentCalculatorTest {

    private static final Subject B1 = new Subject(SubjectType.BRANCH, "B1", "B1");
    private static final Subject B2 = new Subject(SubjectType.BRANCH, "B2", "B2");
    private static final Subject A = new Subject(SubjectType.STAFF, "a", "B1");
    private static final Subject B = new Subject(SubjectType.STAFF, "b", "B1");
    private static final Subject C = new Subject(SubjectType.STAFF, "c", "B2");

    private final Map<KpiFormula, List<KpiRecord>> records = new EnumMap<>(KpiFormula.class);

    private void add(KpiFormula formula, Subject staff, String value, int times) {
        for (int i = 0; i < times; i++) {
            records.computeIfAbsent(formula, f -> new ArrayList<>()).add(new KpiRecord("T", "x", "x",
                    staff.branchCode(), staff.id(), Instant.EPOCH, new BigDecimal(value)));
        }
    }

    private List<Outcome> compute() {
        // first response: a 7 of 9, b 9 of 9; c none
        add(KpiFormula.FIRST_RESPONSE_ON_TIME, A, "1", 7);
        add(KpiFormula.FIRST_RESPONSE_ON_TIME, A, "0", 2);
        add(KpiFormula.FIRST_RESPONSE_ON_TIME, B, "1", 9);
        // complaints decided in the limit: a 1 of 1, c 1 of 2
        add(KpiFormula.COMPLAINT_DECIDED_IN_LIMIT, A, "1", 1);
        add(KpiFormula.COMPLAINT_DECIDED_IN_LIMIT, C, "1", 1);
        add(KpiFormula.COMPLAINT_DECIDED_IN_LIMIT, C, "0", 1);
        // complaints received: 3 at B1, 6 at B2, each with 1,000 customers
        add(KpiFormula.COMPLAINTS_PER_10K_CUSTOMERS, A, "1", 3);
        add(KpiFormula.COMPLAINTS_PER_10K_CUSTOMERS, C, "1", 6);
        // satisfaction: a's visits 100, 75 and 36.25; c's one visit 90
        add(KpiFormula.SATISFACTION_INDEX, A, "100", 1);
        add(KpiFormula.SATISFACTION_INDEX, A, "75", 1);
        add(KpiFormula.SATISFACTION_INDEX, A, "36.25", 1);
        add(KpiFormula.SATISFACTION_INDEX, C, "90", 1);
        // return visits closed on time: a 3 of 4, b 2 of 2
        add(KpiFormula.RETURN_VISIT_COMPLETION, A, "1", 3);
        add(KpiFormula.RETURN_VISIT_COMPLETION, A, "0", 1);
        add(KpiFormula.RETURN_VISIT_COMPLETION, B, "1", 2);
        // training: a has not completed, b and c have
        add(KpiFormula.TRAINING_COMPLETION, A, "0", 1);
        add(KpiFormula.TRAINING_COMPLETION, B, "1", 1);
        add(KpiFormula.TRAINING_COMPLETION, C, "1", 1);
        return AssessmentCalculator.compute(StandardFixture.kpis(), StandardFixture.bands(), List.of(B1, B2, A, B, C),
                records, Map.of("B1", 1000L, "B2", 1000L));
    }

    private static Outcome of(List<Outcome> outcomes, Subject s) {
        return outcomes.stream().filter(o -> o.subject().equals(s)).findFirst().orElseThrow();
    }

    private static void kpi(Outcome o, String code, String value, String score) {
        ResultKpi k = o.kpis().stream().filter(x -> x.kpiCode().equals(code)).findFirst().orElseThrow();
        if (value == null) {
            assertFalse(k.applicable(), code + " of " + o.subject().id() + " does not apply");
            return;
        }
        assertEquals(new BigDecimal(value), k.value(), code + " value of " + o.subject().id());
        assertEquals(new BigDecimal(score), k.score(), code + " score of " + o.subject().id());
    }

    @Test
    void staffMemberAMatchesTheHandComputation() {
        Outcome a = of(compute(), A);
        kpi(a, "FIRST_RESPONSE", "77.78", "81.87");       // 7/9; 77.78/95
        kpi(a, "COMPLAINT_IN_LIMIT", "100.00", "100.00");
        kpi(a, "COMPLAINT_RATE", null, null);             // branches only
        kpi(a, "SATISFACTION", "70.42", "82.85");         // 211.25/3 = 70.4167; 70.42/85 = 82.847
        kpi(a, "RETURN_VISIT", "75.00", "78.95");         // 75/95 = 78.947
        kpi(a, "IMPROVEMENT", null, null);                // nothing due
        kpi(a, "TRAINING", "0.00", "0.00");
        // (81.87x.20 + 100x.25 + 82.85x.20 + 78.95x.10 + 0x.05) / .80 = 65.839 / .80 = 82.29875
        assertEquals(new BigDecimal("82.30"), a.total());
        assertEquals(Grade.GOOD, a.grade());
        assertEquals(2, a.rank());
    }

    @Test
    void otherStaffAndTheBranchesMatchTheHandComputation() {
        List<Outcome> outcomes = compute();
        Outcome b = of(outcomes, B);
        assertEquals(new BigDecimal("100.00"), b.total());   // 100, 100, 100 over .35
        assertEquals(Grade.EXCELLENT, b.grade());
        assertEquals(1, b.rank());
        Outcome c = of(outcomes, C);
        kpi(c, "COMPLAINT_IN_LIMIT", "50.00", "50.00");
        kpi(c, "SATISFACTION", "90.00", "100.00");          // capped
        assertEquals(new BigDecimal("75.00"), c.total());     // (12.5 + 20 + 5) / .50
        assertEquals(Grade.PASS, c.grade());
        assertEquals(3, c.rank());

        Outcome b1 = of(outcomes, B1);
        kpi(b1, "FIRST_RESPONSE", "88.89", "93.57");         // 16/18
        kpi(b1, "COMPLAINT_RATE", "30.00", "100.00");        // 3 per 1,000 = 30 per 10,000
        kpi(b1, "RETURN_VISIT", "83.33", "87.72");           // 5/6
        kpi(b1, "TRAINING", "50.00", "50.00");
        // (93.57x.20 + 100x.25 + 100x.15 + 82.85x.20 + 87.72x.10 + 50x.05) / .95 = 86.556 / .95 = 91.1116
        assertEquals(new BigDecimal("91.11"), b1.total());
        assertEquals(Grade.EXCELLENT, b1.grade());
        Outcome b2 = of(outcomes, B2);
        kpi(b2, "COMPLAINT_RATE", "60.00", "50.00");         // 30/60
        kpi(b2, "FIRST_RESPONSE", null, null);
        assertEquals(new BigDecimal("69.23"), b2.total());    // (12.5 + 7.5 + 20 + 5) / .65
        assertEquals(Grade.PASS, b2.grade());
        assertEquals(List.of(1, 2), outcomes.stream().filter(o -> o.subject().type() == SubjectType.BRANCH)
                .map(Outcome::rank).toList());
    }

    @Test
    void computingTwiceGivesTheSameResultsInTheSameOrder() {
        List<Outcome> first = compute();
        records.clear();
        List<Outcome> second = compute();
        assertEquals(first.stream().map(o -> o.subject().id() + o.total() + o.grade() + o.rank()).toList(),
                second.stream().map(o -> o.subject().id() + o.total() + o.grade() + o.rank()).toList());
    }

    @Test
    void tiedStaffShareTheirRankAndAreListedByName() {
        Subject x = new Subject(SubjectType.STAFF, "x", "B1");
        Subject y = new Subject(SubjectType.STAFF, "y", "B1");
        Subject z = new Subject(SubjectType.STAFF, "z", "B1");
        add(KpiFormula.TRAINING_COMPLETION, y, "1", 1);
        add(KpiFormula.TRAINING_COMPLETION, x, "1", 1);
        add(KpiFormula.TRAINING_COMPLETION, z, "0", 1);
        List<Outcome> outcomes = AssessmentCalculator.compute(StandardFixture.kpis(), StandardFixture.bands(),
                List.of(z, y, x), records, Map.of());
        assertEquals(List.of("x:1", "y:1", "z:3"), outcomes.stream().map(o -> o.subject().id() + ":" + o.rank()).toList());
        assertEquals(Grade.FAIL, outcomes.get(2).grade());
    }

    @Test
    void aSubjectWithNothingApplicableIsLeftOut() {
        Subject idle = new Subject(SubjectType.STAFF, "idle", "B9");
        assertEquals(List.of(), AssessmentCalculator.compute(StandardFixture.kpis(), StandardFixture.bands(),
                List.of(idle), records, Map.of()));
    }
}
