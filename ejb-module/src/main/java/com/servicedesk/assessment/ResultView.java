package com.servicedesk.assessment;

import java.math.BigDecimal;
import java.util.List;

/** One subject's result with each KPI named, valued and scored. */
public record ResultView(long id, long periodId, SubjectType subjectType, String subject, String subjectName,
                         String branchCode, BigDecimal total, Grade grade, String gradeName, int rank,
                         Long improvementActionId, List<KpiResult> kpis) implements java.io.Serializable {

    /** One KPI of the result. */
    public record KpiResult(String code, String nameZh, String nameEn, KpiFormula.Unit unit, BigDecimal target,
                            Direction direction, BigDecimal weight, boolean applicable, BigDecimal numerator,
                            BigDecimal denominator, BigDecimal value, BigDecimal score) implements java.io.Serializable {
    }

    /** The KPI of a code, or null. */
    public KpiResult kpi(String code) {
        return kpis.stream().filter(k -> k.code().equals(code)).findFirst().orElse(null);
    }
}
