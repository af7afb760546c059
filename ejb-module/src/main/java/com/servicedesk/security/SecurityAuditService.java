package com.servicedesk.security;

import com.servicedesk.audit.AuditEvent;
import com.servicedesk.audit.AuditTrail;
import com.servicedesk.shared.ForbiddenException;
import com.servicedesk.shared.InvalidInputException;
import com.servicedesk.shared.JsonSupport;
import com.servicedesk.shared.RecordNotFoundException;
import com.servicedesk.shared.Role;
import com.servicedesk.shared.TimeSource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;

/**
 * Security audits: the auditor plans an audit and records its findings (severity, owner, due date);
 * the owner remediates; an auditor other than the remediator verifies.
 */
@Stateless
@RolesAllowed({Role.AUDITOR_NAME, Role.ADMIN_NAME, Role.MANAGER_NAME, Role.SUPERVISOR_NAME, Role.AGENT_NAME})
public class SecurityAuditService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @EJB
    private CallerContext callers;

    @Inject
    private TimeSource time;

    @RolesAllowed({Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public List<SecurityAuditPlan> audits() {
        return em.createQuery("select a from SecurityAuditPlan a order by a.plannedOn desc", SecurityAuditPlan.class)
                .getResultList();
    }

    /** Findings, open ones first by due date; staff see the ones they own. */
    public List<AuditFinding> findings(boolean openOnly) {
        Caller caller = callers.current();
        boolean all = caller.role() == Role.AUDITOR || caller.role() == Role.ADMIN;
        return em.createQuery("select f from AuditFinding f where (:all = true or f.owner = :me)"
                        + " and (:openOnly = false or f.status <> :verified) order by f.status, f.dueOn", AuditFinding.class)
                .setParameter("all", all).setParameter("me", caller.username())
                .setParameter("openOnly", openOnly).setParameter("verified", AuditFinding.Status.VERIFIED)
                .getResultList();
    }

    @RolesAllowed(Role.AUDITOR_NAME)
    public SecurityAuditPlan plan(String title, String scope, LocalDate plannedOn) {
        SecurityAuditPlan plan = new SecurityAuditPlan(required("title", title), required("scope", scope),
                plannedOn == null ? time.today() : plannedOn, callers.current().username());
        em.persist(plan);
        em.flush();
        audit.record(AuditEvent.of("SecurityAudit", plan.id(), "PLAN").withDetail(json("title", title)));
        return plan;
    }

    @RolesAllowed(Role.AUDITOR_NAME)
    public SecurityAuditPlan advance(long auditId) {
        SecurityAuditPlan plan = get(SecurityAuditPlan.class, auditId);
        String before = plan.status().name();
        plan.advance(time.today());
        audit.record(AuditEvent.of("SecurityAudit", auditId, "ADVANCE").withStates(json("status", before),
                json("status", plan.status().name())));
        return plan;
    }

    @RolesAllowed(Role.AUDITOR_NAME)
    public AuditFinding addFinding(long auditId, String title, AuditFinding.Severity severity, String owner,
                                   LocalDate dueOn) {
        get(SecurityAuditPlan.class, auditId);
        if (severity == null || dueOn == null) {
            throw new InvalidInputException("severity", "severity and due date are required");
        }
        if (callers.find(owner).isEmpty()) {
            throw new InvalidInputException("owner", "is not a member of staff");
        }
        AuditFinding finding = new AuditFinding(auditId, required("title", title), severity, owner, dueOn);
        em.persist(finding);
        em.flush();
        audit.record(AuditEvent.of("AuditFinding", finding.id(), "RAISE").withDetail(JsonSupport.JSON.createObjectBuilder()
                .add("title", title).add("severity", severity.name()).add("owner", owner).build().toString()));
        return finding;
    }

    /** The finding's owner (or an administrator) records what was done. */
    public AuditFinding remediate(long findingId, String remediation) {
        AuditFinding finding = get(AuditFinding.class, findingId);
        Caller caller = callers.current();
        if (!caller.username().equals(finding.owner()) && caller.role() != Role.ADMIN) {
            throw new ForbiddenException("only the finding's owner records its remediation");
        }
        finding.remediate(remediation);
        audit.record(AuditEvent.of("AuditFinding", findingId, "REMEDIATE").withDetail(json("remediation", remediation)));
        return finding;
    }

    @RolesAllowed(Role.AUDITOR_NAME)
    public AuditFinding verify(long findingId) {
        AuditFinding finding = get(AuditFinding.class, findingId);
        String remediatedBy = em.createQuery("select e.actor from AuditEntry e where e.chainKey = :k and e.action = 'REMEDIATE'"
                        + " order by e.seq desc", String.class)
                .setParameter("k", "AuditFinding:" + findingId).setMaxResults(1).getResultStream().findFirst().orElse("");
        finding.verify(callers.current().username(), remediatedBy, time.now());
        audit.record(AuditEvent.of("AuditFinding", findingId, "VERIFY"));
        return finding;
    }

    private <T> T get(Class<T> type, long id) {
        T found = em.find(type, id);
        if (found == null) {
            throw new RecordNotFoundException(type.getSimpleName(), id);
        }
        return found;
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        return value.strip();
    }

    private static String json(String name, String value) {
        return JsonSupport.JSON.createObjectBuilder().add(name, value).build().toString();
    }
}
