package com.servicedesk.platform;

import com.servicedesk.shared.TimeSource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityExistsException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.Optional;
import org.hibernate.query.NativeQuery;

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

    /**
     * Keeps the answer unless the key is taken, which a retry finds without a failed insert: the driver's
     * error would be logged by Hibernate with the statement's values, the answer and its customer among
     * them. Only a request racing an uncommitted first one still meets the primary key.
     *
     * @throws EntityExistsException when the key was used before
     */
    public void save(String username, String key, StoredResponse response) {
        NativeQuery<?> insert = em.createNativeQuery("""
                insert into idempotency_record (username, idem_key, method, path, request_hash, status, location, body, created_at)
                select :username, :key, :method, :path, :hash, :status, :location, :body, :createdAt
                where not exists (select 1 from idempotency_record where username = :username and idem_key = :key)""")
                .unwrap(NativeQuery.class);
        // names the one table it writes, or Hibernate would empty every second-level cache region
        insert.addSynchronizedEntityClass(IdempotencyRecord.class);
        int inserted = insert.setParameter("username", username)
                .setParameter("key", key)
                .setParameter("method", response.method())
                .setParameter("path", response.path())
                .setParameter("hash", response.requestHash())
                .setParameter("status", response.status())
                .setParameter("location", response.location(), String.class)
                .setParameter("body", response.body())
                .setParameter("createdAt", time.now())
                .executeUpdate();
        if (inserted == 0) {
            throw new EntityExistsException("Idempotency-Key already used");
        }
    }

    @Schedule(hour = "*", minute = "17", persistent = false)
    void purgeExpired() {
        em.createQuery("delete from IdempotencyRecord r where r.createdAt < :cutoff")
                .setParameter("cutoff", time.now().minus(RETENTION))
                .executeUpdate();
    }
}
