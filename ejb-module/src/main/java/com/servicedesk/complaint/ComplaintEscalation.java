package com.servicedesk.complaint;

import com.servicedesk.audit.AuditEvent;
import com.servicedesk.audit.AuditTrail;
import com.servicedesk.security.Caller;
import com.servicedesk.shared.JsonSupport;
import com.servicedesk.shared.TimeSource;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The complaint clock's watchman, every ten minutes: a complaint due within two days is escalated
 * to its branch supervisor, an overdue one to the manager; responded complaints whose review window
 * passed without a word from the customer are closed. Each step is recorded on the complaint, so a
 * complaint escalates once per level however often (and on however many servers) the timer fires.
 */
@Singleton
@PermitAll
@Lock(LockType.READ)
public class ComplaintEscalation {

    private static final Logger LOG = Logger.getLogger(ComplaintEscalation.class.getName());
    private static final int BATCH = 500;

    /** What one run did. */
    public record Run(int toSupervisor, int toManager, int closed) {
    }

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @EJB
    private ComplaintWorkflow workflow;

    @Inject
    private TimeSource time;

    @Resource
    private SessionContext context;

    @Schedule(minute = "*/10", hour = "*", persistent = false)
    void scheduled() {
        try {
            run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "complaint escalation run failed; the next run retries", e);
        }
    }

    /** Whether a pass is under way: the schedule and a manual run never overlap, nor wait on each other. */
    private final AtomicBoolean running = new AtomicBoolean();

    /**
     * One pass over the due, overdue and lapsed complaints; when a pass is already under way this one
     * does nothing and says so with an empty result (each complaint is escalated in its own
     * transaction with its row locked, so passes overlapping here or on another server of a cluster
     * escalate it once: the second finds it escalated already).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Run run() {
        if (!running.compareAndSet(false, true)) {
            return new Run(0, 0, 0);
        }
        try {
            return pass();
        } finally {
            running.set(false);
        }
    }

    private Run pass() {
        Instant now = time.now();
        ComplaintEscalation self = context.getBusinessObject(ComplaintEscalation.class);
        int[] toLevel = new int[3];
        List<Long> due;
        do {
            // the candidates DecisionClock#escalationDue will escalate: due soon and not yet escalated, or
            // overdue and not yet with the manager
            due = em.createQuery("select c.id from Complaint c where c.status in :open and c.clock.pausedSince is null"
                            + " and c.clock.decisionDueAt <= :soon and (c.clock.escalationLevel = 0"
                            + " or (c.clock.escalationLevel = 1 and c.clock.decisionDueAt <= :now))"
                            + " order by c.clock.decisionDueAt", Long.class)
                    .setParameter("open", ComplaintStatus.awaitingDecision())
                    .setParameter("soon", now.plus(DecisionClock.DUE_SOON))
                    .setParameter("now", now)
                    .setMaxResults(BATCH)
                    .getResultList();
            for (Long id : due) {
                toLevel[self.escalate(id, now)]++;
            }
        } while (due.size() == BATCH);
        int closed = 0;
        List<Long> lapsed;
        do {
            lapsed = lapsedReviewWindows(now);
            for (Long id : lapsed) {
                if (self.closeUnanswered(id, now)) {
                    closed++;
                }
            }
        } while (lapsed.size() == BATCH);
        if (toLevel[1] + toLevel[2] + closed > 0) {
            LOG.info(String.format("complaint escalation: %d to supervisors, %d to managers, %d closed unanswered",
                    toLevel[1], toLevel[2], closed));
        }
        return new Run(toLevel[1], toLevel[2], closed);
    }

    private List<Long> lapsedReviewWindows(Instant now) {
        return em.createQuery("select c.id from Complaint c where c.status = :responded"
                        + " and c.notice.reviewWindowEndsAt <= :now order by c.notice.reviewWindowEndsAt", Long.class)
                .setParameter("responded", ComplaintStatus.RESPONDED)
                .setParameter("now", now)
                .setMaxResults(BATCH)
                .getResultList();
    }

    /**
     * Escalates one complaint in its own transaction: to level 1 (supervisor) when due soon, level 2
     * (manager) when overdue. Returns the level reached now, or 0 when nothing changed.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int escalate(long id, Instant now) {
        Complaint complaint = em.find(Complaint.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (complaint == null) {
            return 0;
        }
        String before = ComplaintStates.snapshot(complaint);
        int level = complaint.escalate(now);
        if (level == 0) {
            return 0;
        }
        audit.recordAs(Caller.SYSTEM.username(), AuditEvent.of(ComplaintService.AUDIT_TYPE, id, "ESCALATE")
                .withStates(before, ComplaintStates.snapshot(complaint))
                .withDetail(JsonSupport.JSON.createObjectBuilder()
                        .add("to", level == DecisionClock.TO_SUPERVISOR ? "SUPERVISOR" : "MANAGER")
                        .add("branchCode", complaint.branchCode())
                        .add("decisionDueAt", complaint.clock().decisionDueAt().toString())
                        .build().toString()));
        return level;
    }

    /** Closes a responded complaint whose review window passed without an answer from the customer. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean closeUnanswered(long id, Instant now) {
        Complaint complaint = em.find(Complaint.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (complaint == null || complaint.status() != ComplaintStatus.RESPONDED) {
            return false;
        }
        workflow.apply(complaint, new ComplaintCommand.Close(CustomerResponse.NO_RESPONSE), Caller.SYSTEM, now);
        return true;
    }
}
