package com.servicedesk.retention;

import com.servicedesk.audit.AuditEvent;
import com.servicedesk.audit.AuditTrail;
import com.servicedesk.security.Caller;
import com.servicedesk.security.CallerContext;
import com.servicedesk.shared.ConflictException;
import com.servicedesk.shared.InvalidInputException;
import com.servicedesk.shared.InvalidInputException.Violation;
import com.servicedesk.shared.JsonSupport;
import com.servicedesk.shared.RecordNotFoundException;
import com.servicedesk.shared.Role;
import com.servicedesk.shared.TimeSource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The retention policies: one version in force per kind of record, changed by one administrator's proposal
 * and another's approval (a period decides when personal data is destroyed), each step audited in the
 * kind's chain ({@code RetentionPolicy:COMPLAINT}).
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class RetentionPolicies {

    public static final String AUDIT_TYPE = "RetentionPolicy";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerContext callers;

    @EJB
    private AuditTrail audit;

    @Inject
    private TimeSource time;

    /** Every version, the kinds in their order, newest first within a kind. */
    @PermitAll
    public List<PolicyView> all() {
        return em.createQuery("select p from RetentionPolicy p order by p.kind, p.id desc", RetentionPolicy.class)
                .getResultStream().map(PolicyView::of).toList();
    }

    /** The version in force today of each kind. */
    @PermitAll
    public Map<RecordKind, RetentionPolicy> inForce() {
        return em.createQuery("select p from RetentionPolicy p where p.status = :s and p.effectiveFrom <= :today",
                        RetentionPolicy.class).setParameter("s", RetentionPolicy.Status.IN_FORCE)
                .setParameter("today", time.today()).getResultStream()
                .collect(Collectors.toMap(RetentionPolicy::kind, Function.identity(),
                        (a, b) -> a.effectiveFrom().isAfter(b.effectiveFrom()) ? a : b));
    }

    public PolicyView propose(NewPolicy input) {
        Caller caller = callers.current();
        LocalDate from = input.effectiveFrom() == null ? time.today() : input.effectiveFrom();
        List<Violation> violations = new ArrayList<>();
        if (!input.kind().actions().contains(input.action())) {
            violations.add(new Violation("action", input.kind() + " may be " + input.kind().actions()
                    + (input.action() == RetentionAction.DELETE ? ": case records are anonymised, not deleted, since the"
                    + " statistics the bank reports count them" : "")));
        }
        if (input.action() != RetentionAction.KEEP && input.years() == null) {
            violations.add(new Violation("years", "is required unless the records are kept"));
        }
        if (from.isBefore(time.today())) {
            violations.add(new Violation("effectiveFrom", "must be today or later"));
        }
        if ((input.kind() == RecordKind.CREDIT_REPORT_COMPLAINT) != (input.businessCategory() != null
                && !input.businessCategory().isBlank())) {
            violations.add(new Violation("businessCategory", "names the business category of " + RecordKind.CREDIT_REPORT_COMPLAINT
                    + " policies, and only of those"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        // a waiting proposal of the kind is replaced by the new one
        em.createQuery("select p from RetentionPolicy p where p.kind = :k and p.status = :s", RetentionPolicy.class)
                .setParameter("k", input.kind()).setParameter("s", RetentionPolicy.Status.PROPOSED).getResultStream()
                .forEach(RetentionPolicy::withdraw);
        RetentionPolicy p = new RetentionPolicy(input.kind(), input.action() == RetentionAction.KEEP ? null : input.years(),
                input.action(), input.businessCategory() == null || input.businessCategory().isBlank() ? null
                : input.businessCategory().strip(), from, input.basis().strip(), caller.username(), time.now());
        em.persist(p);
        em.flush();
        audit.record(AuditEvent.of(AUDIT_TYPE, input.kind(), "PROPOSE").withStates(null, snapshot(p)));
        return PolicyView.of(p);
    }

    /** Another administrator puts a proposal in force; the version it replaces is superseded. */
    public PolicyView approve(long id) {
        Caller caller = callers.current();
        RetentionPolicy p = proposed(id);
        if (p.proposedBy().equals(caller.username())) {
            throw new ConflictException("four-eyes", "a retention policy is approved by an administrator other than its proposer");
        }
        em.createQuery("select p from RetentionPolicy p where p.kind = :k and p.status = :s", RetentionPolicy.class)
                .setParameter("k", p.kind()).setParameter("s", RetentionPolicy.Status.IN_FORCE).getResultStream()
                .forEach(RetentionPolicy::supersede);
        p.approve(caller.username(), time.now());
        em.flush();
        audit.record(AuditEvent.of(AUDIT_TYPE, p.kind(), "APPROVE").withStates(null, snapshot(p)));
        return PolicyView.of(p);
    }

    public PolicyView withdraw(long id) {
        RetentionPolicy p = proposed(id);
        p.withdraw();
        em.flush();
        audit.record(AuditEvent.of(AUDIT_TYPE, p.kind(), "WITHDRAW").withStates(null, snapshot(p)));
        return PolicyView.of(p);
    }

    private RetentionPolicy proposed(long id) {
        RetentionPolicy p = em.find(RetentionPolicy.class, id);
        if (p == null) {
            throw new RecordNotFoundException("retention policy", id);
        }
        if (p.status() != RetentionPolicy.Status.PROPOSED) {
            throw new ConflictException("not-proposed", "retention policy " + id + " is " + p.status() + ", not waiting for approval");
        }
        return p;
    }

    private static String snapshot(RetentionPolicy p) {
        var json = JsonSupport.JSON.createObjectBuilder().add("id", p.id()).add("kind", p.kind().name())
                .add("action", p.action().name()).add("effectiveFrom", p.effectiveFrom().toString())
                .add("status", p.status().name()).add("basis", p.basis());
        if (p.years() != null) {
            json.add("years", p.years());
        }
        if (p.businessCategory() != null) {
            json.add("businessCategory", p.businessCategory());
        }
        return json.build().toString();
    }
}
