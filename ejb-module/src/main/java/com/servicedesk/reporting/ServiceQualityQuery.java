package com.servicedesk.reporting;

import com.servicedesk.followup.FollowUpStatus;
import com.servicedesk.followup.ImprovementAction;
import com.servicedesk.followup.ReturnVisitStatus;
import com.servicedesk.followup.SatisfactionMethod;
import com.servicedesk.reports.service.ServiceQuality;
import com.servicedesk.shared.TimeSource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures of the service quality report, by aggregate queries: mean scores per branch (and per
 * branch and month) of the visits completed, follow-ups due and closed on time, improvement actions.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ServiceQualityQuery {

    @PersistenceContext
    private EntityManager em;

    public ServiceQuality compute(LocalDate from, LocalDate to) {
        SatisfactionMethod method = em.createQuery("select m from SatisfactionMethod m where m.active = true order by m.code",
                SatisfactionMethod.class).setMaxResults(1).getSingleResult();
        List<ServiceQuality.Satisfaction> satisfaction = new ArrayList<>(means(from, to, null, method));
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            LocalDate first = m.atDay(1).isBefore(from) ? from : m.atDay(1);
            LocalDate last = m.atEndOfMonth().isAfter(to) ? to : m.atEndOfMonth();
            satisfaction.addAll(means(first, last, m.toString(), method));
        }
        satisfaction.sort(java.util.Comparator.comparing(ServiceQuality.Satisfaction::branch)
                .thenComparing(s -> s.month() == null ? "" : s.month()));
        return new ServiceQuality(from, to, satisfaction, visits(from, to), improvement(from, to));
    }

    /** Follow-ups due in the period, per branch: closed by their due date, reached, unreachable. */
    private List<ServiceQuality.Visits> visits(LocalDate from, LocalDate to) {
        java.util.Map<String, long[]> tallies = new java.util.TreeMap<>();
        em.createQuery("select f.branchCode, f.dueOn, f.completedAt, f.status from FollowUp f"
                        + " where f.dueOn >= :from and f.dueOn <= :to", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultStream()
                .forEach(row -> {
                    long[] t = tallies.computeIfAbsent((String) row[0], b -> new long[4]);
                    t[0]++;
                    Instant completed = (Instant) row[2];
                    if (completed != null && row[3] != FollowUpStatus.OPEN
                            && !LocalDate.ofInstant(completed, TimeSource.BANK_ZONE).isAfter((LocalDate) row[1])) {
                        t[1]++;
                    }
                    if (row[3] == FollowUpStatus.DONE) {
                        t[2]++;
                    } else if (row[3] == FollowUpStatus.UNREACHABLE) {
                        t[3]++;
                    }
                });
        List<ServiceQuality.Visits> visits = new ArrayList<>();
        tallies.forEach((branch, t) -> visits.add(new ServiceQuality.Visits(branch, t[0], t[1], t[2], t[3])));
        return visits;

    }

    private List<ServiceQuality.Satisfaction> means(LocalDate from, LocalDate to, String month, SatisfactionMethod method) {
        List<ServiceQuality.Satisfaction> rows = new ArrayList<>();
        for (Object[] row : em.createQuery("select v.branchCode, count(v), avg(v.speed), avg(v.professionalism),"
                        + " avg(v.personalisation), avg(v.overall) from ReturnVisit v where v.status = :done"
                        + " and v.completedAt >= :from and v.completedAt < :to group by v.branchCode", Object[].class)
                .setParameter("done", ReturnVisitStatus.COMPLETED).setParameter("from", start(from))
                .setParameter("to", start(to.plusDays(1))).getResultList()) {
            BigDecimal speed = mean(row[2]);
            BigDecimal professionalism = mean(row[3]);
            BigDecimal personalisation = mean(row[4]);
            BigDecimal overall = mean(row[5]);
            rows.add(new ServiceQuality.Satisfaction((String) row[0], month, (Long) row[1], speed, professionalism,
                    personalisation, overall, index(method, (Number) row[2], (Number) row[3], (Number) row[4], (Number) row[5])));
        }
        return rows;
    }

    /** The index of the mean scores: linear in the scores, so equal to the mean of the visits' indexes. */
    private static BigDecimal index(SatisfactionMethod method, Number... means) {
        BigDecimal[] scaled = new BigDecimal[4];
        for (int i = 0; i < 4; i++) {
            scaled[i] = BigDecimal.valueOf(means[i].doubleValue());
        }
        return method.indexOfMeans(scaled[0], scaled[1], scaled[2], scaled[3]).setScale(2, RoundingMode.HALF_UP);
    }

    private ServiceQuality.Improvement improvement(LocalDate from, LocalDate to) {
        Instant s = start(from);
        Instant e = start(to.plusDays(1));
        long raised = em.createQuery("select count(a) from ImprovementAction a where a.createdAt >= :s and a.createdAt < :e",
                Long.class).setParameter("s", s).setParameter("e", e).getSingleResult();
        Object[] done = em.createQuery("select count(a), sum(case when a.completedOn <= a.dueOn then 1 else 0 end),"
                        + " sum(case when a.checkResult = :effective then 1 else 0 end)"
                        + " from ImprovementAction a where a.completedOn >= :from and a.completedOn <= :to", Object[].class)
                .setParameter("effective", ImprovementAction.CheckResult.EFFECTIVE)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
        long overdue = em.createQuery("select count(a) from ImprovementAction a where a.dueOn < :to"
                        + " and (a.completedOn is null or a.completedOn > :to)", Long.class)
                .setParameter("to", to).getSingleResult();
        return new ServiceQuality.Improvement(raised, (Long) done[0], n(done[1]), n(done[2]), overdue);
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(TimeSource.BANK_ZONE).toInstant();
    }

    private static BigDecimal mean(Object value) {
        return value == null ? null : BigDecimal.valueOf(((Number) value).doubleValue()).setScale(2, RoundingMode.HALF_UP);
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

}
