package com.servicedesk.assessment;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One record behind a KPI: a service request, complaint, return visit, follow-up, improvement action
 * or member of staff, whom it counts for, and what it contributes — 1 or 0 to a rate (met or not),
 * its index to the satisfaction mean, 1 to a complaint count.
 */
public record KpiRecord(String type, String id, String reference, String branchCode, String staff, Instant at,
                        BigDecimal value) implements java.io.Serializable {

    /** Counts toward a rate: met (1) or not (0). */
    static KpiRecord rate(String type, Object id, String reference, String branchCode, String staff, Instant at,
                          boolean met) {
        return new KpiRecord(type, String.valueOf(id), reference, branchCode, staff, at,
                met ? BigDecimal.ONE : BigDecimal.ZERO);
    }

    boolean countsFor(AssessmentCalculator.Subject subject) {
        return subject.type() == SubjectType.BRANCH ? subject.id().equals(branchCode) : subject.id().equals(staff);
    }
}
