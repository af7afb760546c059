package com.servicedesk.audit;

import com.servicedesk.shared.Queries;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        return recordAs(actor(), event);
    }

    /**
     * The first entry of a record created in this transaction: its chain cannot exist yet, so no chain
     * head is read and locked (were there one, inserting the new head would fail, never overwrite it).
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public AuditEntry recordFirst(AuditEvent event) {
        return append(actor(), event, null);
    }

    /** Records on behalf of a named actor, for events where no one is signed in yet (a login attempt). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public AuditEntry recordAs(String actor, AuditEvent event) {
        return append(actor, event, em.find(AuditChainHead.class, event.chainKey(), LockModeType.PESSIMISTIC_WRITE));
    }

    /**
     * Entries for many records at once on behalf of an actor (a retention run): their chain heads are read
     * and locked in one statement, the entries and heads written in batches.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordAll(String actor, List<AuditEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        Map<String, AuditChainHead> heads = new HashMap<>();
        Queries.create(em, "select h from AuditChainHead h where h.chainKey in :keys", AuditChainHead.class,
                        Map.of("keys", events.stream().map(AuditEvent::chainKey).distinct().toList()))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().forEach(h -> heads.put(h.chainKey(), h));
        for (AuditEvent event : events) {
            AuditChainHead head = heads.get(event.chainKey());
            append(actor, event, head);
            if (head == null) {
                heads.put(event.chainKey(), em.find(AuditChainHead.class, event.chainKey()));
            }
        }
    }

    private String actor() {
        Principal caller = session.getCallerPrincipal();
        return caller == null || ANONYMOUS.equals(caller.getName()) ? SYSTEM : caller.getName();
    }

    private AuditEntry append(String actor, AuditEvent event, AuditChainHead existing) {
        String key = event.chainKey();
        AuditChainHead head = existing;
        boolean first = head == null;
        if (first) {
            head = new AuditChainHead(key);
        }
        PersonalText.Sealed sealed = PersonalText.seal(event);
        AuditEntry entry = new AuditEntry(key, head.seq() + 1, time.now(), actor, sealed.event(), head.headHash());
        em.persist(entry);
        if (sealed.hasValues()) {
            em.persist(new AuditPersonalData(key, entry.seq(), sealed.salt(), PersonalText.json(sealed.values())));
        }
        head.advance(entry);
        if (first) {
            em.persist(head); // after the entry: inserted once with its first link, not inserted and then updated
        }
        return entry;
    }

    /** The trail of one record, oldest first, its personal text put back while it is kept. */
    public List<HistoryEntry> history(String entityType, Object entityId) {
        String key = entityType + ":" + entityId;
        Map<Long, Map<String, String>> personal = new HashMap<>();
        em.createQuery("select p from AuditPersonalData p where p.chainKey = :k", AuditPersonalData.class)
                .setParameter("k", key).getResultStream()
                .forEach(p -> personal.put(p.seq(), PersonalText.values(p)));
        return em.createQuery("select e from AuditEntry e where e.chainKey = :k order by e.seq", AuditEntry.class)
                .setParameter("k", key)
                .getResultStream()
                .map(e -> {
                    Map<String, String> values = personal.getOrDefault(e.seq(), Map.of());
                    return new HistoryEntry(e.seq(), e.occurredAt(), e.actor(), e.action(),
                            PersonalText.unseal(e.beforeState(), "before", values),
                            PersonalText.unseal(e.afterState(), "after", values),
                            PersonalText.unseal(e.detail(), "detail", values), null);
                })
                .toList();
    }

    /**
     * Erases the personal text of every entry of a record's trail (retention): the entries stay, sealed,
     * and the chain still verifies; how many entries had text.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public int erasePersonalText(String entityType, Object entityId) {
        return em.createQuery("delete from AuditPersonalData p where p.chainKey = :k")
                .setParameter("k", entityType + ":" + entityId).executeUpdate();
    }

    public long count() {
        return em.createQuery("select count(e) from AuditEntry e", Long.class).getSingleResult();
    }
}
