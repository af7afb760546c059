package com.servicedesk.followup;

import com.servicedesk.audit.AuditEvent;
import com.servicedesk.audit.AuditTrail;
import com.servicedesk.calendar.HolidayCalendarService;
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
import java.util.Optional;

/**
 * Creates the follow-up a closing event calls for, in the transaction of that event, unless one is
 * already open for the same case.
 */
@Stateless
@PermitAll
public class FollowUpScheduler {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private HolidayCalendarService calendars;

    @EJB
    private AuditTrail audit;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Optional<FollowUp> schedule(String event, FollowUpSource source, String assignee, Instant at) {
        LocalDate day = LocalDate.ofInstant(at, TimeSource.BANK_ZONE);
        FollowUpPolicy policy = policyOn(event, day);
        if (policy == null) {
            return Optional.empty();
        }
        boolean open = !em.createQuery("select f.id from FollowUp f where f.sourceType = :t and f.sourceId = :s"
                        + " and f.status = :open", Long.class)
                .setParameter("t", source.type()).setParameter("s", source.id())
                .setParameter("open", FollowUpStatus.OPEN)
                .setMaxResults(1).getResultList().isEmpty();
        if (open) {
            return Optional.empty();
        }
        LocalDate due = calendars.calendar().plusWorkingDays(day, policy.delayWorkingDays());
        FollowUp followUp = new FollowUp(source, policy.kind(), due, assignee, at);
        em.persist(followUp);
        em.flush();
        audit.record(AuditEvent.of("FollowUp", followUp.id(), "SCHEDULE").withStates(null,
                JsonSupport.JSON.createObjectBuilder().add("source", source.type() + ":" + source.reference())
                        .add("kind", policy.kind()).add("dueOn", due.toString()).build().toString()));
        return Optional.of(followUp);
    }

    /** Marks the open follow-up of a case done, when the case records that the customer was contacted. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void completeFor(String sourceType, long sourceId, Instant at) {
        em.createQuery("select f from FollowUp f where f.sourceType = :t and f.sourceId = :s and f.status = :open",
                        FollowUp.class)
                .setParameter("t", sourceType).setParameter("s", sourceId).setParameter("open", FollowUpStatus.OPEN)
                .getResultList()
                .forEach(f -> {
                    f.complete(at);
                    audit.record(AuditEvent.of("FollowUp", f.id(), "COMPLETE"));
                });
    }

    /** The policy for an event that held on a day, if any. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public FollowUpPolicy policyOn(String event, LocalDate day) {
        return em.createQuery("select p from FollowUpPolicy p where p.sourceEvent = :e and p.validity.effectiveFrom <= :d"
                        + " and (p.validity.effectiveTo is null or p.validity.effectiveTo > :d)", FollowUpPolicy.class)
                .setParameter("e", event).setParameter("d", day).getResultStream().findFirst().orElse(null);
    }
}
