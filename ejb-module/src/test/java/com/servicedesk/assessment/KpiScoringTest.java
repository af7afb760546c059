package com.servicedesk.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class KpiScoringTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void sevenOfNineOnTimeIs77Point78PercentAndScores81Point87AgainstATargetOf95() {
        BigDecimal value = KpiScoring.value(KpiFormula.Unit.PERCENT, d("7"), d("9"));
        assertEquals(d("77.78"), value);
        // 77.78 / 95 x 100 = 81.8736..., half-up to two decimals
        assertEquals(d("81.87"), KpiScoring.score(value, d("95"), Direction.HIGHER));
    }

    @ParameterizedTest(name = "{0}/{1} as {2} = {3}")
    @CsvSource({
            "2, 3, PERCENT, 66.67",
            "1, 8, PERCENT, 12.50",
            "5, 1000, PER_10K, 50.00",
            "3, 7000, PER_10K, 4.29",
            "211.25, 3, INDEX, 70.42",
            "0, 4, PERCENT, 0.00"})
    void valuesAreRoundedHalfUpToTwoDecimals(String numerator, String denominator, KpiFormula.Unit unit, String expected) {
        assertEquals(d(expected), KpiScoring.value(unit, d(numerator), d(denominator)));
    }

    @Test
    void nothingToCountIsNotApplicableRatherThanZero() {
        assertNull(KpiScoring.value(KpiFormula.Unit.PERCENT, BigDecimal.ZERO, BigDecimal.ZERO));
    }

    @ParameterizedTest(name = "{0} against {1} ({2}) scores {3}")
    @CsvSource({
            "100.00, 95, HIGHER, 100.00",
            "95.00, 95, HIGHER, 100.00",
            "50.00, 100, HIGHER, 50.00",
            "0.00, 95, HIGHER, 0.00",
            "60.00, 30, LOWER, 50.00",
            "30.00, 30, LOWER, 100.00",
            "15.00, 30, LOWER, 100.00",
            "0.00, 30, LOWER, 100.00",
            "45.00, 30, LOWER, 66.67"})
    void scoresAreCappedAt100AndLowerIsBetterInverts(String value, String target, Direction direction, String score) {
        assertEquals(d(score), KpiScoring.score(d(value), d(target), direction));
    }

    @Test
    void theTotalIsTheWeightedMeanOfTheApplicableScoresOnly() {
        List<ResultKpi> kpis = List.of(
                new ResultKpi("A", null, null, d("77.78"), d("81.87"), d("0.20"), true),
                new ResultKpi("B", null, null, null, null, d("0.25"), false),
                new ResultKpi("C", null, null, d("100"), d("100.00"), d("0.10"), true));
        // (81.87 x 0.20 + 100 x 0.10) / 0.30 = 26.374 / 0.30 = 87.9133...
        assertEquals(d("87.91"), KpiScoring.total(kpis));
        assertNull(KpiScoring.total(List.of(new ResultKpi("B", null, null, null, null, d("0.25"), false))));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "100.00, EXCELLENT", "90.00, EXCELLENT", "89.99, GOOD", "80.00, GOOD", "79.99, PASS",
            "60.00, PASS", "59.99, FAIL", "0.00, FAIL"})
    void gradeBoundariesBelongToTheHigherGrade(String total, Grade grade) {
        assertEquals(grade, KpiScoring.grade(d(total), StandardFixture.bands()));
    }

    @Test
    void equalTotalsShareARankAndTheNextRankSkips() {
        assertEquals(List.of(1, 2, 2, 4, 5, 5, 5, 8),
                KpiScoring.ranks(List.of(d("95"), d("90.00"), d("90"), d("80"), d("70"), d("70"), d("70"), d("10"))));
        assertEquals(List.of(), KpiScoring.ranks(List.of()));
    }
}
