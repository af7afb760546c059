package com.servicedesk.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The arithmetic of an assessment, in {@link BigDecimal} with stated rounding:
 * <ul>
 * <li>a value is numerator ÷ denominator (× 100 for a rate, × 10,000 for a complaint rate), two
 * decimals, half-up; nothing to count (a zero denominator) means not applicable;</li>
 * <li>a score is value ÷ target × 100 when higher is better, target ÷ value × 100 when lower is
 * better (a value of 0 scores 100), capped at 100, two decimals, half-up, from the rounded value;</li>
 * <li>the total is the mean of the applicable scores weighted by their weights (the weights of
 * KPIs that do not apply drop out), two decimals, half-up;</li>
 * <li>the grade is the highest band whose lower bound the total reaches;</li>
 * <li>ranks are competition ranks: equal totals share a rank and the next rank skips.</li>
 * </ul>
 */
public final class KpiScoring {

    static final int SCALE = 2;
    static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private KpiScoring() {
    }

    /** The value, or null when there is nothing to count. */
    public static BigDecimal value(KpiFormula.Unit unit, BigDecimal numerator, BigDecimal denominator) {
        if (denominator == null || denominator.signum() == 0) {
            return null;
        }
        BigDecimal scaled = switch (unit) {
            case PERCENT -> numerator.multiply(HUNDRED);
            case PER_10K -> numerator.multiply(TEN_THOUSAND);
            case INDEX -> numerator;
        };
        return scaled.divide(denominator, SCALE, ROUNDING);
    }

    public static BigDecimal score(BigDecimal value, BigDecimal target, Direction direction) {
        BigDecimal raw;
        if (direction == Direction.HIGHER) {
            raw = value.multiply(HUNDRED).divide(target, SCALE, ROUNDING);
        } else {
            raw = value.signum() == 0 ? HUNDRED : target.multiply(HUNDRED).divide(value, SCALE, ROUNDING);
        }
        return raw.min(HUNDRED).setScale(SCALE, ROUNDING);
    }

    /** The weighted mean of the applicable scores, or null when none applies. */
    public static BigDecimal total(List<ResultKpi> kpis) {
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (ResultKpi k : kpis) {
            if (k.applicable()) {
                weighted = weighted.add(k.score().multiply(k.weight()));
                weights = weights.add(k.weight());
            }
        }
        return weights.signum() == 0 ? null : weighted.divide(weights, SCALE, ROUNDING);
    }

    /** The grade of a total under bands given in any order. */
    public static Grade grade(BigDecimal total, List<GradeBand> bands) {
        return bands.stream()
                .filter(b -> total.compareTo(b.minScore()) >= 0)
                .max((a, b) -> a.minScore().compareTo(b.minScore()))
                .map(GradeBand::grade)
                .orElse(Grade.FAIL);
    }

    /** Competition ranks of totals already sorted from highest to lowest. */
    public static List<Integer> ranks(List<BigDecimal> sortedTotals) {
        List<Integer> ranks = new ArrayList<>(sortedTotals.size());
        for (int i = 0; i < sortedTotals.size(); i++) {
            boolean tied = i > 0 && sortedTotals.get(i).compareTo(sortedTotals.get(i - 1)) == 0;
            ranks.add(tied ? ranks.get(i - 1) : i + 1);
        }
        return ranks;
    }
}
