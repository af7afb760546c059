package com.servicedesk.audit;

import com.servicedesk.shared.TimeSource;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.List;

/**
 * Appends audit entries. It must run inside the transaction of the change it records (MANDATORY):
 * an audit entry never commits without its change, nor a change without its entry.
 */
@Stateless
@PermitAll
public class AuditTrail {

    /** The principal of a call no one signed in to (timers, start-up), and the actor it is recorded as. */
    private static final String ANONYMOUS = "anonymous";
    private static final String SYSTEM = "system";

    @PersistenceContext
    private EntityManager em;

    /** The container's caller: the audit trail needs the name alone, not the member of staff behind it. */
    @Resource
    private SessionContext session;

    @Inject
    private TimeSource time;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public AuditEntry record(AuditEvent event) {
        Principal caller = session.getCallerPrincipal();
        return recordAs(caller == null || ANONYMOUS.equals(caller.getName()) ? SYSTEM : caller.getName(), event);
    }

    /** Records on behalf of a named actor, for events where no one is signed in yet (a login attempt). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public AuditEntry recordAs(String actor, AuditEvent event) {
        String key = event.chainKey();
        AuditChainHead head = em.find(AuditChainHead.class, key, LockModeType.PESSIMISTIC_WRITE);
        boolean first = head == null;
        if (first) {
            head = new AuditChainHead(key);
        }
        AuditEntry entry = new AuditEntry(key, head.seq() + 1, time.now(), actor, event, head.headHash());
        em.persist(entry);
        head.advance(entry);
        if (first) {
            em.persist(head); // after the entry: inserted once with its first link, not inserted and then updated
        }
        return entry;
    }

    /** The trail of one record, oldest first. */
    public List<HistoryEntry> history(String entityType, Object entityId) {
        return em.createQuery("select e from AuditEntry e where e.chainKey = :k order by e.seq", AuditEntry.class)
                .setParameter("k", entityType + ":" + entityId)
                .getResultStream()
                .map(e -> new HistoryEntry(e.seq(), e.occurredAt(), e.actor(), e.action(), e.beforeState(),
                        e.afterState(), e.detail(), null))
                .toList();
    }

    public long count() {
        return em.createQuery("select count(e) from AuditEntry e", Long.class).getSingleResult();
    }
}
