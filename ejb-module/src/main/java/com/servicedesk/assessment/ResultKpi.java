package com.servicedesk.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * One KPI of one result: what was counted (numerator over denominator), the value, the score and
 * the weight; a KPI with nothing to count for the subject is not applicable and carries no weight.
 */
@Embeddable
public class ResultKpi {

    @Column(name = "kpi_code", nullable = false, length = 40)
    private String kpiCode;

    @Column(precision = 14, scale = 4)
    private BigDecimal numerator;

    @Column(precision = 14, scale = 4)
    private BigDecimal denominator;

    @Column(name = "kpi_value", precision = 14, scale = 4)
    private BigDecimal value;

    @Column(precision = 7, scale = 2)
    private BigDecimal score;

    @Column(nullable = false, precision = 6, scale = 4)
    private BigDecimal weight;

    @Column(nullable = false)
    private boolean applicable;

    protected ResultKpi() {
    }

    public ResultKpi(String kpiCode, BigDecimal numerator, BigDecimal denominator, BigDecimal value, BigDecimal score,
                     BigDecimal weight, boolean applicable) {
        this.kpiCode = kpiCode;
        this.numerator = numerator;
        this.denominator = denominator;
        this.value = value;
        this.score = score;
        this.weight = weight;
        this.applicable = applicable;
    }

    public String kpiCode() {
        return kpiCode;
    }

    public BigDecimal numerator() {
        return numerator;
    }

    public BigDecimal denominator() {
        return denominator;
    }

    public BigDecimal value() {
        return value;
    }

    public BigDecimal score() {
        return score;
    }

    public BigDecimal weight() {
        return weight;
    }

    public boolean applicable() {
        return applicable;
    }
}
