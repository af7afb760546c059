package com.servicedesk.platform;

import com.servicedesk.shared.TimeSource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.Optional;

/**
 * Keeps first answers for 24 hours. The record is written in the transaction that created the
 * resource, and its primary key makes a concurrent duplicate fail rather than create twice.
 */
@Stateless
@PermitAll
public class IdempotencyStore {

    static final Duration RETENTION = Duration.ofHours(24);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TimeSource time;

    /** A plain read: joins the caller's transaction if there is one, and opens none of its own. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<StoredResponse> find(String username, String key) {
        return Optional.ofNullable(em.find(IdempotencyRecord.class, new IdempotencyRecord.Key(username, key)))
                .map(IdempotencyRecord::toResponse);
    }

    public void save(String username, String key, StoredResponse response) {
        em.persist(new IdempotencyRecord(username, key, response, time.now()));
        em.flush();
    }

    @Schedule(hour = "*", minute = "17", persistent = false)
    void purgeExpired() {
        em.createQuery("delete from IdempotencyRecord r where r.createdAt < :cutoff")
                .setParameter("cutoff", time.now().minus(RETENTION))
                .executeUpdate();
    }
}
