package com.servicedesk.security;

import com.servicedesk.audit.AuditEvent;
import com.servicedesk.audit.AuditTrail;
import com.servicedesk.shared.JsonSupport;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * Counts failed sign-ins and locks an account after five in fifteen minutes, in transactions of their
 * own: the count survives whatever the request does next, and every failure and lockout is audited.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LoginAttempts {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @EJB
    private CredentialCache cache;

    public void failed(String username, Instant now) {
        String who = username.length() > 64 ? username.substring(0, 64) : username;
        StaffUser user = em.createQuery("select u from StaffUser u where u.username = :u", StaffUser.class)
                .setParameter("u", who)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElse(null);
        boolean locked = user != null && user.recordFailure(now);
        audit.recordAs("anonymous", AuditEvent.of("StaffUser", who, "LOGIN_FAILED")
                .withDetail(JsonSupport.JSON.createObjectBuilder().add("failures", user == null ? 0 : user.failedLogins())
                        .add("knownUser", user != null).build().toString()));
        if (locked) {
            cache.evict(who);
            audit.recordAs("system", AuditEvent.of("StaffUser", who, "LOCKOUT")
                    .withDetail(JsonSupport.JSON.createObjectBuilder().add("lockedUntil", user.lockedUntil().toString())
                            .build().toString()));
        }
    }

    public void succeeded(String username) {
        StaffUser.byUsername(em, username).ifPresent(StaffUser::recordSuccess);
    }
}
