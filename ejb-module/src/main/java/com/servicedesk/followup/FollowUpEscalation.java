package com.servicedesk.followup;

import com.servicedesk.audit.AuditEvent;
import com.servicedesk.audit.AuditTrail;
import com.servicedesk.security.Caller;
import com.servicedesk.security.CallerContext;
import com.servicedesk.shared.JsonSupport;
import com.servicedesk.shared.TimeSource;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
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
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every ten minutes, escalates follow-ups still open after their due date to whoever answers for
 * the branch (its supervisor), once each, with an audit entry naming them.
 */
@Singleton
@PermitAll
public class FollowUpEscalation {

    private static final Logger LOG = Logger.getLogger(FollowUpEscalation.class.getName());
    private static final int BATCH = 500;

    /** What one run did. */
    public record Run(int escalated) {
    }

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @EJB
    private CallerContext callers;

    @Inject
    private TimeSource time;

    @Resource
    private SessionContext context;

    @Schedule(minute = "*/10", hour = "*", persistent = false)
    void scheduled() {
        try {
            run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "follow-up escalation failed; the next run retries", e);
        }
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Run run() {
        Instant now = time.now();
        LocalDate today = LocalDate.ofInstant(now, TimeSource.BANK_ZONE);
        FollowUpEscalation self = context.getBusinessObject(FollowUpEscalation.class);
        int escalated = 0;
        List<Long> overdue;
        do {
            overdue = em.createQuery("select f.id from FollowUp f where f.status = :open and f.escalatedAt is null"
                            + " and f.dueOn < :today order by f.id", Long.class)
                    .setParameter("open", FollowUpStatus.OPEN).setParameter("today", today)
                    .setMaxResults(BATCH).getResultList();
            for (Long id : overdue) {
                if (self.escalate(id, now)) {
                    escalated++;
                }
            }
        } while (overdue.size() == BATCH);
        if (escalated > 0) {
            LOG.info("overdue follow-ups escalated: " + escalated);
        }
        return new Run(escalated);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean escalate(long id, Instant now) {
        FollowUp f = em.find(FollowUp.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (f == null || !f.escalate(now)) {
            return false;
        }
        audit.recordAs(Caller.SYSTEM.username(), AuditEvent.of(FollowUpService.AUDIT_TYPE, id, "ESCALATE")
                .withDetail(JsonSupport.JSON.createObjectBuilder().add("to", callers.responsibleFor(f.branchCode(), f.assignee()))
                        .add("dueOn", f.dueOn().toString()).add("branchCode", f.branchCode()).build().toString()));
        return true;
    }
}
