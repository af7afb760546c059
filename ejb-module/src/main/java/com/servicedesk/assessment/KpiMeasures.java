package com.servicedesk.assessment;

import com.servicedesk.followup.FollowUp;
import com.servicedesk.followup.ImprovementAction;
import com.servicedesk.followup.ReturnVisit;
import com.servicedesk.followup.ReturnVisitStatus;
import com.servicedesk.followup.SatisfactionMethod;
import com.servicedesk.shared.Role;
import com.servicedesk.servicerequest.ServiceRequestStatus;
import com.servicedesk.shared.TimeSource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the records behind each KPI formula for a period. A record counts once its outcome is
 * settled: a deadline or due date must have passed by the time of computing, so that a period
 * computed again later gives the same numbers.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class KpiMeasures {

    /** The period in the bank's zone, and when it is computed. */
    public record Window(LocalDate first, LocalDate last, Instant start, Instant end, Instant asOf) {

        public static Window of(LocalDate first, LocalDate last, Instant now) {
            Instant end = last.plusDays(1).atStartOfDay(TimeSource.BANK_ZONE).toInstant();
            return new Window(first, last, first.atStartOfDay(TimeSource.BANK_ZONE).toInstant(), end,
                    now.isBefore(end) ? now : end);
        }

        /** The last due date whose day is wholly past. */
        LocalDate lastSettledDay() {
            LocalDate today = LocalDate.ofInstant(asOf, TimeSource.BANK_ZONE);
            LocalDate settled = asOf.equals(end) ? last : today.minusDays(1);
            return settled.isAfter(last) ? last : settled;
        }
    }

    @PersistenceContext
    private EntityManager em;

    public List<KpiRecord> records(KpiFormula formula, Window w) {
        return switch (formula) {
            case FIRST_RESPONSE_ON_TIME -> firstResponses(w);
            case COMPLAINT_DECIDED_IN_LIMIT -> complaintDecisions(w);
            case COMPLAINTS_PER_10K_CUSTOMERS -> complaintsReceived(w);
            case SATISFACTION_INDEX -> satisfaction(w);
            case RETURN_VISIT_COMPLETION -> followUps(w);
            case IMPROVEMENT_ON_TIME -> improvements(w);
            case TRAINING_COMPLETION -> training(w);
        };
    }

    /** The branches and the front-line staff (agents and supervisors) assessed, in a stable order. */
    public List<AssessmentCalculator.Subject> subjects() {
        List<AssessmentCalculator.Subject> subjects = new java.util.ArrayList<>();
        em.createQuery("select b.code from Branch b order by b.code", String.class).getResultList()
                .forEach(b -> subjects.add(new AssessmentCalculator.Subject(SubjectType.BRANCH, b, b)));
        staff().forEach((username, branch) ->
                subjects.add(new AssessmentCalculator.Subject(SubjectType.STAFF, username, branch)));
        return subjects;
    }

    /** Customers of each branch registered before the period's end. */
    public Map<String, Long> customers(Window w) {
        Map<String, Long> counts = new HashMap<>();
        em.createQuery("select c.branchCode, count(c) from Customer c where c.createdAt < :end group by c.branchCode",
                        Object[].class)
                .setParameter("end", w.end())
                .getResultList().forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }

    private Map<String, String> staff() {
        Map<String, String> staff = new java.util.TreeMap<>();
        em.createQuery("select u.username, u.branchCode from StaffUser u where u.enabled = true"
                        + " and u.branchCode is not null and u.role in :roles order by u.username", Object[].class)
                .setParameter("roles", Set.of(Role.AGENT, Role.SUPERVISOR))
                .getResultList().forEach(row -> staff.put((String) row[0], (String) row[1]));
        return staff;
    }

    // The three record sets that grow with the bank's volume are read as projections, never as
    // entities: a quarter of a million complaints loaded as managed entities exhausted a 1 GB heap.

    private List<KpiRecord> firstResponses(Window w) {
        return em.createQuery("select r.id, r.reference, r.branchCode, coalesce(r.assignee, r.registeredBy),"
                        + " r.firstResponseDueAt, r.acceptedAt from ServiceRequest r where r.firstResponseDueAt >= :start"
                        + " and r.firstResponseDueAt < :end and r.firstResponseDueAt <= :asOf"
                        + " and not (r.status = :cancelled and r.acceptedAt is null) order by r.id", Object[].class)
                .setParameter("start", w.start()).setParameter("end", w.end()).setParameter("asOf", w.asOf())
                .setParameter("cancelled", ServiceRequestStatus.CANCELLED)
                .getResultList().stream()
                .map(r -> KpiRecord.rate("ServiceRequest", r[0], (String) r[1], (String) r[2], (String) r[3],
                        (Instant) r[4], r[5] != null && !((Instant) r[5]).isAfter((Instant) r[4])))
                .toList();
    }

    private List<KpiRecord> complaintDecisions(Window w) {
        return em.createQuery("select c.id, c.reference, c.branchCode, coalesce(c.assignee, c.notice.respondedBy), c.notice.respondedAt,"
                        + " c.notice.decidedWithinLimit from Complaint c where c.notice.respondedAt >= :start and c.notice.respondedAt < :end"
                        + " and c.notice.decidedWithinLimit is not null order by c.id", Object[].class)
                .setParameter("start", w.start()).setParameter("end", w.end())
                .getResultList().stream()
                .map(c -> KpiRecord.rate("Complaint", c[0], (String) c[1], (String) c[2], (String) c[3], (Instant) c[4],
                        (Boolean) c[5]))
                .toList();
    }

    private List<KpiRecord> complaintsReceived(Window w) {
        return em.createQuery("select c.id, c.reference, c.branchCode, c.assignee, c.receivedAt from Complaint c"
                        + " where c.receivedAt >= :start and c.receivedAt < :end order by c.id", Object[].class)
                .setParameter("start", w.start()).setParameter("end", w.end())
                .getResultList().stream()
                .map(c -> new KpiRecord("Complaint", String.valueOf(c[0]), (String) c[1], (String) c[2], (String) c[3],
                        (Instant) c[4], BigDecimal.ONE))
                .toList();
    }

    private List<KpiRecord> satisfaction(Window w) {
        SatisfactionMethod method = em.createQuery("select m from SatisfactionMethod m where m.active = true"
                + " order by m.code", SatisfactionMethod.class).setMaxResults(1).getSingleResult();
        return em.createQuery("select v, f.sourceRef from ReturnVisit v, FollowUp f where f.id = v.followUpId"
                        + " and v.status = :done and v.completedAt >= :start and v.completedAt < :end order by v.id",
                        Object[].class)
                .setParameter("done", ReturnVisitStatus.COMPLETED)
                .setParameter("start", w.start()).setParameter("end", w.end())
                .getResultStream()
                .map(row -> {
                    ReturnVisit v = (ReturnVisit) row[0];
                    return new KpiRecord("ReturnVisit", String.valueOf(v.id()), (String) row[1], v.branchCode(),
                            v.handledBy(), v.completedAt(), method.index(v.answers()));
                })
                .toList();
    }

    private List<KpiRecord> followUps(Window w) {
        return em.createQuery("select f from FollowUp f where f.dueOn >= :first and f.dueOn <= :last order by f.id",
                        FollowUp.class)
                .setParameter("first", w.first()).setParameter("last", w.lastSettledDay())
                .getResultStream()
                .map(f -> KpiRecord.rate("FollowUp", f.id(), f.sourceRef(), f.branchCode(), f.assignee(),
                        f.dueOn().atStartOfDay(TimeSource.BANK_ZONE).toInstant(), f.closedOnTime()))
                .toList();
    }

    private List<KpiRecord> improvements(Window w) {
        return em.createQuery("select a from ImprovementAction a where a.dueOn >= :first and a.dueOn <= :last"
                        + " order by a.id", ImprovementAction.class)
                .setParameter("first", w.first()).setParameter("last", w.lastSettledDay())
                .getResultStream()
                .map(a -> KpiRecord.rate("ImprovementAction", a.id(), "IA-" + a.id(), a.branchCode(), a.owner(),
                        a.dueOn().atStartOfDay(TimeSource.BANK_ZONE).toInstant(), a.doneOnTime()))
                .toList();
    }

    private List<KpiRecord> training(Window w) {
        List<String> mandatory = em.createQuery("select c.code from TrainingCourse c where c.mandatory = true",
                String.class).getResultList();
        Map<String, Long> passed = new HashMap<>();
        if (!mandatory.isEmpty()) {
            em.createQuery("select a.username, count(distinct s.courseCode) from TrainingAttendance a, TrainingSession s"
                            + " where s.id = a.sessionId and a.passed = true and s.heldOn <= :last"
                            + " and a.expiresOn >= :last and s.courseCode in :mandatory group by a.username", Object[].class)
                    .setParameter("last", w.last()).setParameter("mandatory", mandatory)
                    .getResultList().forEach(row -> passed.put((String) row[0], (Long) row[1]));
        }
        Instant at = w.end();
        return staff().entrySet().stream()
                .map(e -> KpiRecord.rate("StaffUser", e.getKey(), e.getKey(), e.getValue(), e.getKey(), at,
                        passed.getOrDefault(e.getKey(), 0L) == mandatory.size()))
                .toList();
    }
}
