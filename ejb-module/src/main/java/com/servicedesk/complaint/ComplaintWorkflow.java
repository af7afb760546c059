package com.servicedesk.complaint;

import com.servicedesk.audit.AuditEvent;
import com.servicedesk.audit.AuditTrail;
import com.servicedesk.calendar.HolidayCalendarService;
import com.servicedesk.events.DomainEvent;
import com.servicedesk.events.DomainEventType;
import com.servicedesk.events.DomainEvents;
import com.servicedesk.followup.FollowUpScheduler;
import com.servicedesk.followup.FollowUpSource;
import com.servicedesk.security.Caller;
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
import java.util.ArrayList;
import java.util.List;
import org.hibernate.jpa.HibernateHints;

/**
 * Carries out one action on a loaded complaint, for staff and for the system alike: the complaint
 * decides, the audit entry records before and after, and a closing schedules its follow-up — all in
 * the caller's transaction.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ComplaintWorkflow {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @EJB
    private HolidayCalendarService calendars;

    @EJB
    private FollowUpScheduler followUps;

    @EJB
    private ComplaintLetters letters;

    @EJB
    private ComplaintAssignment assignment;

    @EJB
    private DomainEvents events;

    public void apply(Complaint complaint, ComplaintCommand command, Caller caller, Instant now) {
        String before = ComplaintStates.snapshot(complaint);
        DeadlinePolicy policy = policy(complaint.clock().policyCode());
        int extensionsBefore = complaint.clock().extensionLevel();
        ComplaintStatus from = complaint.perform(command, caller, now, policy, engine());
        em.flush();
        audit.recordAs(caller.username(), AuditEvent.of(ComplaintService.AUDIT_TYPE, complaint.id(), command.action().name())
                .withStates(before, ComplaintStates.snapshot(complaint))
                .withDetail(ComplaintStates.detail(command)));
        Instant due = complaint.decisionDeadline(policy, engine(), now).dueAt();
        letters.afterTransition(complaint, command.action(), caller, now, due);
        closed(complaint, from, now);
        if (command.action() == ComplaintAction.REQUEST_REVIEW) {
            assignment.byWorkload(complaint, complaint.notToBeAssigned(true));
        }
        if (complaint.isGroup() && complaint.status() != from) {
            carryTheGroup(complaint, caller, now);
        }
        announce(complaint, from, extensionsBefore, due);
    }

    /**
     * Tells the bank's bus that a complaint was received ({@code from} null), accepted, extended (each
     * extension), responded, closed or reopened, with the version its change ended on and the decision's
     * deadline after it; nothing for any other change.
     */
    public void announce(Complaint complaint, ComplaintStatus from, int extensionsBefore, Instant decisionDueAt) {
        List<DomainEventType> types = new ArrayList<>();
        ComplaintStatus to = complaint.status();
        if (from == null) {
            types.add(DomainEventType.COMPLAINT_RECEIVED);
        } else if (to != from) {
            switch (to) {
                case ACCEPTED -> types.add(DomainEventType.COMPLAINT_ACCEPTED);
                case RESPONDED -> types.add(DomainEventType.COMPLAINT_RESPONDED);
                case CLOSED -> types.add(DomainEventType.COMPLAINT_CLOSED);
                case REOPENED -> types.add(DomainEventType.COMPLAINT_REOPENED);
                default -> { }
            }
        }
        if (complaint.clock().extensionLevel() > extensionsBefore) {
            types.add(DomainEventType.COMPLAINT_EXTENDED);
        }
        if (types.isEmpty()) {
            return;
        }
        em.flush();
        ComplaintClassification k = complaint.classification();
        for (DomainEventType type : types) {
            events.record(type, ComplaintService.EVENT_AGGREGATE, complaint.id(), complaint.reference(), complaint.version(),
                    DomainEvent.data("status", to.name(), "branchCode", complaint.branchCode(),
                            "channelCode", k.channelCode(), "businessCategory", k.businessCategory(), "cause", k.cause(),
                            "decisionDueAt", decisionDueAt, "extensionLevel", complaint.clock().extensionLevel(), "customerResponse",
                            complaint.reply() == null ? null : complaint.reply().customerResponse()));
        }
    }

    private void closed(Complaint complaint, ComplaintStatus from, Instant now) {
        if (complaint.status() == ComplaintStatus.CLOSED && from != ComplaintStatus.CLOSED) {
            followUps.schedule("COMPLAINT_CLOSED", new FollowUpSource(ComplaintService.AUDIT_TYPE, complaint.id(),
                    complaint.reference(), complaint.customerId(), complaint.branchCode()), complaint.assignee(), now);
        }
    }

    /**
     * A group's decision applies to its children: each one not handled apart is told the same decision (its
     * own letter to its own customer) and closes with the group, each step in its own history.
     */
    private void carryTheGroup(Complaint parent, Caller caller, Instant now) {
        List<Complaint> children = em.createQuery("select c from Complaint c where c.parentId = :p and c.handledApart = false"
                + " order by c.id", Complaint.class).setParameter("p", parent.id()).getResultList();
        for (Complaint child : children) {
            String before = ComplaintStates.snapshot(child);
            DeadlinePolicy policy = policy(child.clock().policyCode());
            ComplaintStatus from = child.status();
            int extensionsBefore = child.clock().extensionLevel();
            if (!child.followGroup(parent, now, policy, engine())) {
                continue;
            }
            em.flush();
            audit.recordAs(caller.username(), AuditEvent.of(ComplaintService.AUDIT_TYPE, child.id(), "FOLLOW_GROUP")
                    .withStates(before, ComplaintStates.snapshot(child)).withDetail(JsonSupport.JSON.createObjectBuilder()
                            .add("group", parent.reference()).add("status", child.status().name()).build().toString()));
            Instant due = child.decisionDeadline(policy, engine(), now).dueAt();
            if (child.status() == ComplaintStatus.RESPONDED) {
                letters.afterTransition(child, ComplaintAction.RESPOND, caller, now, due);
            }
            closed(child, from, now);
            announce(child, from, extensionsBefore, due);
        }
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public DeadlinePolicy policy(String code) {
        return em.find(DeadlinePolicy.class, code);
    }

    /**
     * The default regime's revision in force for a complaint received at an instant: the latest one in
     * force from that day or before (the earliest when the complaint predates them all).
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public DeadlinePolicy defaultPolicy(Instant receivedAt) {
        LocalDate day = LocalDate.ofInstant(receivedAt, TimeSource.BANK_ZONE);
        List<DeadlinePolicy> revisions = em.createQuery("select p from DeadlinePolicy p where p.isDefault = true"
                        + " and p.status = :inForce order by p.effectiveFrom desc, p.revision desc", DeadlinePolicy.class)
                .setParameter("inForce", DeadlinePolicy.Status.IN_FORCE)
                .setHint(HibernateHints.HINT_CACHEABLE, true).getResultList();
        return revisions.stream().filter(p -> !p.effectiveFrom().isAfter(day)).findFirst()
                .orElse(revisions.get(revisions.size() - 1));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public DeadlineEngine engine() {
        return new DeadlineEngine(calendars.calendar());
    }
}
