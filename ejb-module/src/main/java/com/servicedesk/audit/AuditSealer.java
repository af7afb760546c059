package com.servicedesk.audit;

import com.servicedesk.shared.TimeSource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Seals the chains every five minutes: one anchor recording the head of every chain that moved
 * since the last seal, chained to the previous anchor. It never waits for writers longer than a
 * row lock on the heads it marks, and writers never wait for it.
 */
@Singleton
@PermitAll
public class AuditSealer {

    private static final Logger LOG = Logger.getLogger(AuditSealer.class.getName());
    private static final int MAX_HEADS_PER_ANCHOR = 50_000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TimeSource time;

    @Schedule(minute = "*/5", hour = "*", persistent = false)
    void scheduledSeal() {
        seal();
    }

    /** Seals what moved; returns the new anchor, or nothing when no chain moved. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<AuditAnchor> seal() {
        // one sealer at a time, on however many servers: the second waits, then seals what moved meanwhile
        em.createNativeQuery("select id from audit_seal_lock where id = 1 for update").getResultList();
        List<Object[]> moved = em.createQuery("select h.chainKey, h.seq, h.headHash from AuditChainHead h"
                        + " where h.seq > h.sealedSeq order by h.chainKey", Object[].class)
                .setMaxResults(MAX_HEADS_PER_ANCHOR)
                .getResultList();
        if (moved.isEmpty()) {
            return Optional.empty();
        }
        String prev = em.createQuery("select a.anchorHash from AuditAnchor a order by a.id desc", String.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(AuditHashing.GENESIS);
        List<String> lines = new ArrayList<>(moved.size());
        for (Object[] r : moved) {
            lines.add(AuditAnchorHead.line((String) r[0], (Long) r[1], (String) r[2]));
        }
        AuditAnchor anchor = new AuditAnchor(time.now(), lines.size(), prev, digest(lines));
        em.persist(anchor);
        em.flush();
        for (Object[] r : moved) {
            em.persist(new AuditAnchorHead(anchor.id(), (String) r[0], (Long) r[1], (String) r[2]));
        }
        em.flush(); // the heads go in batches; then one statement marks every chain sealed up to its anchored head
        em.createQuery("update AuditChainHead h set h.sealedSeq = (select a.seq from AuditAnchorHead a"
                        + " where a.anchorId = :anchor and a.chainKey = h.chainKey)"
                        + " where exists (select 1 from AuditAnchorHead a where a.anchorId = :anchor"
                        + " and a.chainKey = h.chainKey and a.seq > h.sealedSeq)")
                .setParameter("anchor", anchor.id())
                .executeUpdate();
        LOG.fine(() -> "sealed " + lines.size() + " audit chain heads into anchor " + anchor.id());
        return Optional.of(anchor);
    }

    /** The digest of an anchor's heads, independent of the order the database returns them in. */
    static String digest(List<String> lines) {
        return AuditHashing.hash(lines.stream().sorted().collect(Collectors.joining()));
    }
}
