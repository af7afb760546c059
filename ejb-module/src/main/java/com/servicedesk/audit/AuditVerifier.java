package com.servicedesk.audit;

import com.servicedesk.audit.AuditVerification.Break;
import com.servicedesk.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Proves the audit trail: every entry's hash recomputes, every chain runs 1, 2, 3… with each entry
 * naming its predecessor's hash, every chain ends at its recorded head, and every head an anchor
 * sealed is still there. Entries are streamed, so memory stays flat however long the trail.
 */
@Stateless
@RolesAllowed(Role.AUDITOR_NAME)
public class AuditVerifier {

    private static final int FETCH_SIZE = 2_000;

    @PersistenceContext
    private EntityManager em;

    public AuditVerification verify() {
        long[] entries = {0};
        long[] chains = {0};
        Optional<Break> broken = verifyChains(entries, chains)
                .or(this::verifyHeads)
                .or(this::verifyAnchorHeads)
                .or(this::verifyPersonalText);
        long anchors = em.createQuery("select count(a) from AuditAnchor a", Long.class).getSingleResult();
        if (broken.isEmpty()) {
            broken = verifyAnchorChain();
        }
        return broken.map(b -> AuditVerification.broken(entries[0], chains[0], anchors, b))
                .orElseGet(() -> AuditVerification.intact(entries[0], chains[0], anchors));
    }

    private Optional<Break> verifyChains(long[] entries, long[] chains) {
        try (Stream<Object[]> rows = em.createQuery("select e.id, e.chainKey, e.seq, e.occurredAt, e.actor, e.action,"
                        + " e.entityType, e.entityId, e.beforeState, e.afterState, e.detail, e.prevHash, e.entryHash"
                        + " from AuditEntry e order by e.chainKey, e.seq", Object[].class)
                .setHint("org.hibernate.fetchSize", FETCH_SIZE)
                .setHint("org.hibernate.readOnly", true)
                .getResultStream()) {
            String chain = null;
            long expectedSeq = 0;
            String prev = null;
            for (Object[] r : (Iterable<Object[]>) rows::iterator) {
                long id = (Long) r[0];
                String key = (String) r[1];
                long seq = (Long) r[2];
                if (!key.equals(chain)) {
                    chain = key;
                    chains[0]++;
                    expectedSeq = 1;
                    prev = AuditHashing.GENESIS;
                }
                entries[0]++;
                if (seq != expectedSeq) {
                    return Optional.of(new Break(key, seq, id, seq > expectedSeq
                            ? "entry " + expectedSeq + " of the chain is missing"
                            : "entry " + seq + " appears twice"));
                }
                if (!prev.equals(r[11])) {
                    return Optional.of(new Break(key, seq, id, "does not link to the entry before it (removed or reordered)"));
                }
                String recomputed = AuditEntry.hashOf(key, seq, (Instant) r[3], (String) r[4], (String) r[5],
                        (String) r[6], (String) r[7], (String) r[8], (String) r[9], (String) r[10], (String) r[11]);
                if (!recomputed.equals(r[12])) {
                    return Optional.of(new Break(key, seq, id, "content was altered after it was recorded"));
                }
                prev = (String) r[12];
                expectedSeq++;
            }
        }
        return Optional.empty();
    }

    /** Each chain ends exactly at its head: nothing cut from its end, nothing added past it. */
    private Optional<Break> verifyHeads() {
        Optional<Break> headWithoutEntry = em.createQuery("select h.chainKey, h.seq from AuditChainHead h where h.seq > 0"
                        + " and not exists (select 1 from AuditEntry e where e.chainKey = h.chainKey"
                        + " and e.seq = h.seq and e.entryHash = h.headHash)", Object[].class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(r -> new Break((String) r[0], (Long) r[1], null, "the chain's last entry is missing or altered"));
        if (headWithoutEntry.isPresent()) {
            return headWithoutEntry;
        }
        return em.createQuery("select e.chainKey, e.seq, e.id from AuditEntry e where not exists"
                        + " (select 1 from AuditChainHead h where h.chainKey = e.chainKey and h.seq >= e.seq)", Object[].class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(r -> new Break((String) r[0], (Long) r[1], (Long) r[2], "entry lies beyond its chain's recorded head"));
    }

    /**
     * The personal text kept beside the entries still matches the digests the entries hold (erased text
     * is simply absent, which the chain allows).
     */
    private Optional<Break> verifyPersonalText() {
        try (Stream<Object[]> rows = em.createQuery("select e, p from AuditEntry e, AuditPersonalData p"
                        + " where p.chainKey = e.chainKey and p.seq = e.seq", Object[].class)
                .setHint("org.hibernate.fetchSize", FETCH_SIZE).setHint("org.hibernate.readOnly", true).getResultStream()) {
            return rows.filter(r -> !PersonalText.matches((AuditEntry) r[0], (AuditPersonalData) r[1])).findFirst()
                    .map(r -> new Break(((AuditEntry) r[0]).chainKey(), ((AuditEntry) r[0]).seq(), ((AuditEntry) r[0]).id(),
                            "the personal text kept beside the entry was altered"));
        }
    }

    /** Every head an anchor sealed must still exist with the hash it had. */
    private Optional<Break> verifyAnchorHeads() {
        return em.createQuery("select ah.chainKey, ah.seq from AuditAnchorHead ah where not exists"
                        + " (select 1 from AuditEntry e where e.chainKey = ah.chainKey and e.seq = ah.seq"
                        + " and e.entryHash = ah.entryHash)", Object[].class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(r -> new Break((String) r[0], (Long) r[1], null, "a sealed entry is missing or altered"));
    }

    private Optional<Break> verifyAnchorChain() {
        String prev = AuditHashing.GENESIS;
        for (AuditAnchor anchor : em.createQuery("select a from AuditAnchor a order by a.id", AuditAnchor.class)
                .getResultList()) {
            List<String> lines = new ArrayList<>();
            em.createQuery("select ah.chainKey, ah.seq, ah.entryHash from AuditAnchorHead ah where ah.anchorId = :a",
                            Object[].class)
                    .setParameter("a", anchor.id())
                    .getResultStream()
                    .forEach(r -> lines.add(AuditAnchorHead.line((String) r[0], (Long) r[1], (String) r[2])));
            String digest = AuditSealer.digest(lines);
            String recomputed = AuditAnchor.hashOf(anchor.sealedAt(), lines.size(), anchor.prevHash(), digest);
            if (!anchor.prevHash().equals(prev) || !recomputed.equals(anchor.anchorHash())
                    || lines.size() != anchor.headCount()) {
                return Optional.of(new Break("anchor:" + anchor.id(), null, null, "the seal was altered or a seal removed"));
            }
            prev = anchor.anchorHash();
        }
        return Optional.empty();
    }
}
