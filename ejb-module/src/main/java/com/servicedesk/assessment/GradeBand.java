package com.servicedesk.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/** The lowest total that earns a grade. */
@Embeddable
public class GradeBand {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Grade grade;

    @Column(name = "name_zh", nullable = false, length = 20)
    private String nameZh;

    @Column(name = "min_score", nullable = false, precision = 6, scale = 2)
    private BigDecimal minScore;

    protected GradeBand() {
    }

    public GradeBand(Grade grade, String nameZh, BigDecimal minScore) {
        this.grade = grade;
        this.nameZh = nameZh;
        this.minScore = minScore;
    }

    public Grade grade() {
        return grade;
    }

    public String nameZh() {
        return nameZh;
    }

    public BigDecimal minScore() {
        return minScore;
    }
}
