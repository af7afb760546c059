package com.servicedesk.complaint;

import com.servicedesk.audit.AuditEvent;
import com.servicedesk.audit.AuditTrail;
import com.servicedesk.calendar.CalendarDependent;
import com.servicedesk.calendar.HolidayCalendar;
import com.servicedesk.shared.JsonSupport;
import com.servicedesk.shared.TimeSource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * When a year's holiday arrangement is put in force, the complaints whose running clocks that year
 * can move are counted again, in the approval's transaction: all of them or none. A clock can move
 * when it is flagged (it reached a year without a calendar) or when its end lies in the year or in
 * the weeks after it (a last day in the year may shift past New Year). Each change is written into
 * the complaint's history with the old and the new last day.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ComplaintDeadlineRecount implements CalendarDependent {

    /** Past the year's end, how far a last day inside it can be shifted (the longest break, with room). */
    private static final int SHIFT_REACH_DAYS = 45;
    private static final int BATCH = 200;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @EJB
    private ComplaintWorkflow workflow;

    @Override
    public int recompute(int year, int version, HolidayCalendar calendar) {
        ZoneId zone = TimeSource.BANK_ZONE;
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant();
        Instant to = LocalDate.of(year + 1, 1, 1).plusDays(SHIFT_REACH_DAYS).atStartOfDay(zone).toInstant();
        List<Long> ids = em.createQuery("select c.id from Complaint c where"
                        + " (c.status in :awaiting and (c.clock.dueFlag is not null"
                        + " or (c.clock.decisionDueAt >= :from and c.clock.decisionDueAt < :to)))"
                        + " or (c.status = :responded and c.notice.reviewWindowEndsAt >= :from"
                        + " and c.notice.reviewWindowEndsAt < :to)"
                        + " or c.status = :underReview order by c.id", Long.class)
                .setParameter("awaiting", ComplaintStatus.awaitingDecision())
                .setParameter("from", from).setParameter("to", to)
                .setParameter("responded", ComplaintStatus.RESPONDED)
                .setParameter("underReview", ComplaintStatus.UNDER_REVIEW)
                .getResultList();
        DeadlineEngine engine = new DeadlineEngine(calendar);
        int changed = 0;
        for (int i = 0; i < ids.size(); i++) {
            if (recount(em.find(Complaint.class, ids.get(i)), engine, year, version)) {
                changed++;
            }
            if ((i + 1) % BATCH == 0) {
                em.flush();
                em.clear();
            }
        }
        em.flush();
        return changed;
    }

    private boolean recount(Complaint complaint, DeadlineEngine engine, int year, int version) {
        DeadlinePolicy policy = workflow.policy(complaint.clock().policyCode());
        if (!policy.usesHolidayCalendar()) {
            return false;
        }
        String before = ComplaintStates.snapshot(complaint);
        LocalDate lastDayBefore = lastDay(complaint, policy);
        String flagBefore = complaint.clock().dueFlag();
        if (!complaint.recountOnCalendar(policy, engine)) {
            return false;
        }
        var detail = JsonSupport.JSON.createObjectBuilder()
                .add("calendarYear", year)
                .add("calendarVersion", version)
                .add("clock", complaint.status().awaitsDecision() ? "DECISION"
                        : complaint.status() == ComplaintStatus.RESPONDED ? "REVIEW_WINDOW" : "REVIEW_DECISION");
        LocalDate lastDayAfter = lastDay(complaint, policy);
        if (lastDayBefore != null) {
            detail.add("from", lastDayBefore.toString());
        }
        if (lastDayAfter != null) {
            detail.add("to", lastDayAfter.toString());
        }
        if (flagBefore != null) {
            detail.add("flagBefore", flagBefore);
        }
        audit.record(AuditEvent.of(ComplaintService.AUDIT_TYPE, complaint.id(), "RECOUNT_DEADLINE")
                .withStates(before, ComplaintStates.snapshot(complaint))
                .withDetail(detail.build().toString()));
        return true;
    }

    /** The last day of the clock that runs now, as the customer is told it (the day before the due instant). */
    private static LocalDate lastDay(Complaint c, DeadlinePolicy policy) {
        Instant due = c.status().awaitsDecision() ? c.clock().decisionDueAt()
                : c.status() == ComplaintStatus.RESPONDED ? c.notice().reviewWindowEndsAt()
                : c.openReview().map(ComplaintReview::dueAt).orElse(null);
        return due == null ? null : LocalDate.ofInstant(due, policy.zone()).minusDays(1);
    }
}
