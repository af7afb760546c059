package com.servicedesk.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One chain head as an anchor saw it. */
@Entity
@Table(name = "audit_anchor_head")
@IdClass(AuditAnchorHead.Key.class)
public class AuditAnchorHead {

    /** Composite key: the anchor and the chain. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private Long anchorId;
        private String chainKey;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(anchorId, k.anchorId) && Objects.equals(chainKey, k.chainKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(anchorId, chainKey);
        }
    }

    @Id
    @Column(name = "anchor_id")
    private Long anchorId;

    @Id
    @Column(name = "chain_key", length = 100)
    private String chainKey;

    @Column(nullable = false)
    private long seq;

    @Column(name = "entry_hash", nullable = false, length = 64)
    private String entryHash;

    protected AuditAnchorHead() {
    }

    AuditAnchorHead(Long anchorId, String chainKey, long seq, String entryHash) {
        this.anchorId = anchorId;
        this.chainKey = chainKey;
        this.seq = seq;
        this.entryHash = entryHash;
    }

    /** The line this head contributes to its anchor's digest. */
    static String line(String chainKey, long seq, String entryHash) {
        return chainKey + ' ' + seq + ' ' + entryHash + '\n';
    }

    public String chainKey() {
        return chainKey;
    }

    public long seq() {
        return seq;
    }

    public String entryHash() {
        return entryHash;
    }
}
