package com.servicedesk.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;

/**
 * The latest entry of one chain. Appending locks this row only, so the lock is as narrow as the
 * aggregate whose changes it records; {@code sealedSeq} is how far the chain has been sealed into
 * an anchor (the sealer updates that column alone, hence dynamic updates).
 */
@Entity
@Table(name = "audit_chain")
@DynamicUpdate
public class AuditChainHead {

    @Id
    @Column(name = "chain_key", length = 100)
    private String chainKey;

    @Column(nullable = false)
    private long seq;

    @Column(name = "head_hash", nullable = false, length = 64)
    private String headHash;

    @Column(name = "sealed_seq", nullable = false)
    private long sealedSeq;

    protected AuditChainHead() {
    }

    AuditChainHead(String chainKey) {
        this.chainKey = chainKey;
        this.seq = 0;
        this.headHash = AuditHashing.GENESIS;
    }

    void advance(AuditEntry entry) {
        this.seq = entry.seq();
        this.headHash = entry.entryHash();
    }

    public String chainKey() {
        return chainKey;
    }

    public long seq() {
        return seq;
    }

    public String headHash() {
        return headHash;
    }

    public long sealedSeq() {
        return sealedSeq;
    }
}
