package com.servicedesk.reports.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Service quality over a period: satisfaction by dimension per branch and month, the return-visit
 * rate per branch, and the improvement actions.
 */
public record ServiceQuality(LocalDate from, LocalDate to, List<Satisfaction> satisfaction, List<Visits> visits,
                             Improvement improvement) {

    /** Mean 1-5 scores of one branch's completed visits in one month, and its satisfaction index (0-100). */
    public record Satisfaction(String branch, String month, long visits, BigDecimal speed, BigDecimal professionalism,
                               BigDecimal personalisation, BigDecimal overall, BigDecimal index) {
    }

    /** One branch's follow-ups due in the period and how many were closed on time. */
    public record Visits(String branch, long due, long closedOnTime, long reached, long unreachable) {
    }

    /** The improvement actions raised, done (and on time), checked effective, and still open past due. */
    public record Improvement(long raised, long done, long doneOnTime, long checkedEffective, long openOverdue) {
    }
}
