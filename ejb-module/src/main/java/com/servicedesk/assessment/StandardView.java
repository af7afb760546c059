package com.servicedesk.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A version of a standard as shown and as given to create the next version. */
public record StandardView(Long id, String code, int versionNo, String nameZh, String nameEn, LocalDate effectiveFrom,
                           String createdBy, List<KpiView> kpis, List<BandView> bands) implements java.io.Serializable {

    /** A KPI of the standard. */
    public record KpiView(String code, KpiFormula formula, String nameZh, String nameEn, String definition,
                          BigDecimal target, BigDecimal weight, Direction direction, AppliesTo appliesTo) implements java.io.Serializable {
    }

    /** The lowest total of a grade. */
    public record BandView(Grade grade, String nameZh, BigDecimal minScore) implements java.io.Serializable {
    }

    static StandardView of(AssessmentStandard s) {
        return new StandardView(s.id(), s.code(), s.versionNo(), s.nameZh(), s.nameEn(), s.effectiveFrom(),
                s.createdBy(),
                s.kpis().stream().map(k -> new KpiView(k.code(), k.formula(), k.nameZh(), k.nameEn(), k.definition(),
                        k.target(), k.weight(), k.direction(), k.appliesTo())).toList(),
                s.bands().stream().map(b -> new BandView(b.grade(), b.nameZh(), b.minScore())).toList());
    }

    /** "SERVICE v1". */
    public String label() {
        return code + " v" + versionNo;
    }
}
