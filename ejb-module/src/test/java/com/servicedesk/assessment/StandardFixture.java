package com.servicedesk.assessment;

import java.math.BigDecimal;
import java.util.List;

/** The default standard (V9 migration) as objects, for tests. */
final class StandardFixture {

    private StandardFixture() {
    }

    static List<Kpi> kpis() {
        return List.of(
                kpi("FIRST_RESPONSE", KpiFormula.FIRST_RESPONSE_ON_TIME, "95", "0.20", Direction.HIGHER, AppliesTo.BOTH, 1),
                kpi("COMPLAINT_IN_LIMIT", KpiFormula.COMPLAINT_DECIDED_IN_LIMIT, "100", "0.25", Direction.HIGHER, AppliesTo.BOTH, 2),
                kpi("COMPLAINT_RATE", KpiFormula.COMPLAINTS_PER_10K_CUSTOMERS, "30", "0.15", Direction.LOWER, AppliesTo.BRANCH, 3),
                kpi("SATISFACTION", KpiFormula.SATISFACTION_INDEX, "85", "0.20", Direction.HIGHER, AppliesTo.BOTH, 4),
                kpi("RETURN_VISIT", KpiFormula.RETURN_VISIT_COMPLETION, "95", "0.10", Direction.HIGHER, AppliesTo.BOTH, 5),
                kpi("IMPROVEMENT", KpiFormula.IMPROVEMENT_ON_TIME, "90", "0.05", Direction.HIGHER, AppliesTo.BOTH, 6),
                kpi("TRAINING", KpiFormula.TRAINING_COMPLETION, "100", "0.05", Direction.HIGHER, AppliesTo.BOTH, 7));
    }

    static List<GradeBand> bands() {
        return List.of(new GradeBand(Grade.FAIL, "不合格", new BigDecimal("0")),
                new GradeBand(Grade.PASS, "合格", new BigDecimal("60")),
                new GradeBand(Grade.EXCELLENT, "优秀", new BigDecimal("90")),
                new GradeBand(Grade.GOOD, "良好", new BigDecimal("80")));
    }

    private static Kpi kpi(String code, KpiFormula formula, String target, String weight, Direction direction,
                           AppliesTo appliesTo, int order) {
        return new Kpi(code, formula, code, code, code, new BigDecimal(target), new BigDecimal(weight), direction,
                appliesTo, order);
    }
}
