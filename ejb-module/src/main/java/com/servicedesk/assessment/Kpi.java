package com.servicedesk.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/** One KPI of a standard: what it measures, its target, its weight in the total and its direction. */
@Embeddable
public class Kpi {

    @Column(nullable = false, length = 40)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private KpiFormula formula;

    @Column(name = "name_zh", nullable = false, length = 200)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(nullable = false, length = 1000)
    private String definition;

    @Column(nullable = false, precision = 12, scale = 4)
    private BigDecimal target;

    @Column(nullable = false, precision = 6, scale = 4)
    private BigDecimal weight;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Direction direction;

    @Enumerated(EnumType.STRING)
    @Column(name = "applies_to", nullable = false, length = 8)
    private AppliesTo appliesTo;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected Kpi() {
    }

    public Kpi(String code, KpiFormula formula, String nameZh, String nameEn, String definition, BigDecimal target,
               BigDecimal weight, Direction direction, AppliesTo appliesTo, int sortOrder) {
        this.code = code;
        this.formula = formula;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.definition = definition;
        this.target = target;
        this.weight = weight;
        this.direction = direction;
        this.appliesTo = appliesTo;
        this.sortOrder = sortOrder;
    }

    public String code() {
        return code;
    }

    public KpiFormula formula() {
        return formula;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public String definition() {
        return definition;
    }

    public BigDecimal target() {
        return target;
    }

    public BigDecimal weight() {
        return weight;
    }

    public Direction direction() {
        return direction;
    }

    public AppliesTo appliesTo() {
        return appliesTo;
    }

    public int sortOrder() {
        return sortOrder;
    }
}
