package com.servicedesk.servicerequest;

import com.servicedesk.audit.AuditEvent;
import com.servicedesk.audit.AuditTrail;
import com.servicedesk.security.Caller;
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
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every five minutes, escalates requests that breached their first-response or resolution target
 * to the branch supervisor, once each, with an audit entry naming the breached target.
 */
@Singleton
@PermitAll
public class ServiceRequestEscalation {

    private static final Logger LOG = Logger.getLogger(ServiceRequestEscalation.class.getName());
    private static final int BATCH = 500;

    /** What one run did. */
    public record Run(int escalated) {
    }

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @Inject
    private TimeSource time;

    @Resource
    private SessionContext context;

    @Schedule(minute = "*/5", hour = "*", persistent = false)
    void scheduled() {
        try {
            run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "service request escalation failed; the next run retries", e);
        }
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Run run() {
        Instant now = time.now();
        ServiceRequestEscalation self = context.getBusinessObject(ServiceRequestEscalation.class);
        int escalated = 0;
        List<Long> breached;
        do {
            breached = em.createQuery("select r.id from ServiceRequest r where r.escalationLevel = 0 and"
                            + " ((r.status = :received and r.firstResponseDueAt <= :now)"
                            + " or (r.status in :working and r.resolutionDueAt <= :now)) order by r.id", Long.class)
                    .setParameter("received", ServiceRequestStatus.RECEIVED)
                    .setParameter("working", Set.of(ServiceRequestStatus.ACCEPTED, ServiceRequestStatus.IN_PROGRESS))
                    .setParameter("now", now)
                    .setMaxResults(BATCH)
                    .getResultList();
            for (Long id : breached) {
                if (self.escalate(id, now)) {
                    escalated++;
                }
            }
        } while (breached.size() == BATCH);
        if (escalated > 0) {
            LOG.info("service requests escalated to supervisors: " + escalated);
        }
        return new Run(escalated);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean escalate(long id, Instant now) {
        ServiceRequest request = em.find(ServiceRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (request == null) {
            return false;
        }
        String before = ServiceRequestService.snapshot(request);
        String breach = request.status() == ServiceRequestStatus.RECEIVED ? "FIRST_RESPONSE" : "RESOLUTION";
        if (!request.escalate(now)) {
            return false;
        }
        audit.recordAs(Caller.SYSTEM.username(), AuditEvent.of(ServiceRequestService.AUDIT_TYPE, id, "ESCALATE")
                .withStates(before, ServiceRequestService.snapshot(request))
                .withDetail(JsonSupport.JSON.createObjectBuilder().add("to", "SUPERVISOR").add("breach", breach)
                        .add("branchCode", request.branchCode()).build().toString()));
        return true;
    }
}
