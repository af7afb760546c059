package com.servicedesk.security;

import com.servicedesk.audit.AuditEvent;
import com.servicedesk.audit.AuditTrail;
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
import java.util.List;

/**
 * Versioned information security policies: the administrator publishes a new version, every member
 * of staff acknowledges the current versions, and the portal shows who has not.
 */
@Stateless
@PermitAll
public class SecurityPolicyService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerContext callers;

    @EJB
    private AuditTrail audit;

    @Inject
    private TimeSource time;

    /** The current (latest) version of every policy. */
    public List<PolicyView> current() {
        String me = callers.current().username();
        long staff = em.createQuery("select count(u) from StaffUser u where u.enabled = true", Long.class).getSingleResult();
        return em.createQuery("select p from SecurityPolicy p where p.version = (select max(q.version)"
                        + " from SecurityPolicy q where q.code = p.code) order by p.code", SecurityPolicy.class)
                .getResultStream()
                .map(p -> new PolicyView(p.id(), p.code(), p.version(), p.titleZh(), p.titleEn(), p.body(),
                        p.effectiveFrom(), p.publishedBy(), p.publishedAt(), acknowledgements(p.id()), staff,
                        hasAcknowledged(p.id(), me)))
                .toList();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public PolicyView publish(String code, String titleZh, String titleEn, String body, LocalDate effectiveFrom) {
        Integer last = em.createQuery("select max(p.version) from SecurityPolicy p where p.code = :c", Integer.class)
                .setParameter("c", code).getSingleResult();
        SecurityPolicy policy = new SecurityPolicy(code, last == null ? 1 : last + 1, titleZh, titleEn, body,
                effectiveFrom, callers.current().username(), time.now());
        em.persist(policy);
        em.flush();
        audit.record(AuditEvent.of("SecurityPolicy", policy.id(), "PUBLISH").withDetail(JsonSupport.JSON.createObjectBuilder()
                .add("code", code).add("version", policy.version()).build().toString()));
        return current().stream().filter(v -> v.id() == policy.id()).findFirst().orElseThrow();
    }

    /** The caller acknowledges a policy version; acknowledging twice changes nothing. */
    public void acknowledge(long policyId) {
        String me = callers.current().username();
        if (em.find(SecurityPolicy.class, policyId) == null) {
            throw new RecordNotFoundException("policy", policyId);
        }
        if (!hasAcknowledged(policyId, me)) {
            em.persist(new PolicyAcknowledgement(policyId, me, time.now()));
            audit.record(AuditEvent.of("SecurityPolicy", policyId, "ACKNOWLEDGE"));
        }
    }

    /** The active staff who have not acknowledged a policy version. */
    @RolesAllowed({Role.ADMIN_NAME, Role.AUDITOR_NAME, Role.MANAGER_NAME, Role.SUPERVISOR_NAME})
    public List<String> pending(long policyId) {
        return em.createQuery("select u.username from StaffUser u where u.enabled = true and not exists"
                        + " (select 1 from PolicyAcknowledgement a where a.policyId = :p and a.username = u.username)"
                        + " order by u.username", String.class)
                .setParameter("p", policyId).getResultList();
    }

    private long acknowledgements(long policyId) {
        return em.createQuery("select count(a) from PolicyAcknowledgement a where a.policyId = :p", Long.class)
                .setParameter("p", policyId).getSingleResult();
    }

    private boolean hasAcknowledged(long policyId, String username) {
        return em.find(PolicyAcknowledgement.class, key(policyId, username)) != null;
    }

    private static PolicyAcknowledgement.Key key(long policyId, String username) {
        return new PolicyAcknowledgement.Key(policyId, username);
    }
}
