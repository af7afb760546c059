package com.servicedesk.reports.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A computed assessment period as the formal report and the managers' workbook need it: the standard
 * (KPIs and grade bands), the results of branches and staff in rank order, and the review.
 */
public record AssessmentReport(String periodLabel, LocalDate from, LocalDate to, String status, String standardLabel,
                               String standardName, List<KpiDefinition> kpis, List<Band> bands, List<Result> branches,
                               List<Result> staff, String reviewComment, String approvedBy, Instant approvedAt,
                               String computedBy, Instant computedAt, String digest) {

    /** A KPI of the standard; unit is PERCENT, INDEX or PER_10K. */
    public record KpiDefinition(String code, String name, String definition, BigDecimal target, BigDecimal weight,
                                String direction, String appliesTo, String unit) {
    }

    /** The lowest total of a grade. */
    public record Band(String grade, String name, BigDecimal minScore) {
    }

    /** One subject's result. */
    public record Result(String subject, String name, String branch, BigDecimal total, String grade, String gradeName,
                         int rank, List<Score> scores) {

        public Score score(String code) {
            return scores.stream().filter(s -> s.code().equals(code)).findFirst().orElse(null);
        }
    }

    /** One KPI of a result: null value and score when it does not apply. */
    public record Score(String code, BigDecimal numerator, BigDecimal denominator, BigDecimal value, BigDecimal score) {
    }
}
