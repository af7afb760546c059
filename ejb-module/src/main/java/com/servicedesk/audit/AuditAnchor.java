package com.servicedesk.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A seal over the chains: the heads of every chain that moved since the previous anchor, hashed
 * together with the previous anchor's hash. Anchors form their own chain; the heads they name
 * must still exist, unchanged, for the trail to verify.
 */
@Entity
@Table(name = "audit_anchor")
public class AuditAnchor {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "sealed_at", nullable = false)
    private Instant sealedAt;

    @Column(name = "head_count", nullable = false)
    private int headCount;

    @Column(name = "prev_hash", nullable = false, length = 64)
    private String prevHash;

    @Column(name = "anchor_hash", nullable = false, length = 64)
    private String anchorHash;

    protected AuditAnchor() {
    }

    AuditAnchor(Instant sealedAt, int headCount, String prevHash, String headsDigest) {
        this.sealedAt = AuditHashing.truncate(sealedAt);
        this.headCount = headCount;
        this.prevHash = prevHash;
        this.anchorHash = hashOf(this.sealedAt, headCount, prevHash, headsDigest);
    }

    static String hashOf(Instant sealedAt, int headCount, String prevHash, String headsDigest) {
        return AuditHashing.hash("anchor", AuditHashing.truncate(sealedAt), headCount, prevHash, headsDigest);
    }

    public Long id() {
        return id;
    }

    public Instant sealedAt() {
        return sealedAt;
    }

    public int headCount() {
        return headCount;
    }

    public String prevHash() {
        return prevHash;
    }

    public String anchorHash() {
        return anchorHash;
    }
}
