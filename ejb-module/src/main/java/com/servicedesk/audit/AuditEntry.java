package com.servicedesk.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One change of state: who did what to which record, when, and the record before and after. Its
 * hash covers every field and the hash of the entry before it in the same chain; it is never
 * updated or deleted.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "chain_key", nullable = false, length = 100, updatable = false)
    private String chainKey;

    @Column(nullable = false, updatable = false)
    private long seq;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 64, updatable = false)
    private String actor;

    @Column(nullable = false, length = 64, updatable = false)
    private String action;

    @Column(name = "entity_type", nullable = false, length = 64, updatable = false)
    private String entityType;

    @Column(name = "entity_id", nullable = false, length = 64, updatable = false)
    private String entityId;

    @Column(name = "before_state", length = 8000, updatable = false)
    private String beforeState;

    @Column(name = "after_state", length = 8000, updatable = false)
    private String afterState;

    @Column(length = 2000, updatable = false)
    private String detail;

    @Column(name = "prev_hash", nullable = false, length = 64, updatable = false)
    private String prevHash;

    @Column(name = "entry_hash", nullable = false, length = 64, updatable = false)
    private String entryHash;

    protected AuditEntry() {
    }

    AuditEntry(String chainKey, long seq, Instant occurredAt, String actor, AuditEvent event, String prevHash) {
        this.chainKey = Objects.requireNonNull(chainKey);
        this.seq = seq;
        this.occurredAt = AuditHashing.truncate(occurredAt);
        this.actor = Objects.requireNonNull(actor);
        this.action = event.action();
        this.entityType = event.entityType();
        this.entityId = event.entityId();
        this.beforeState = event.before();
        this.afterState = event.after();
        this.detail = event.detail();
        this.prevHash = Objects.requireNonNull(prevHash);
        this.entryHash = computeHash();
    }

    /** The hash this entry should carry, recomputed from its fields. */
    String computeHash() {
        return hashOf(chainKey, seq, occurredAt, actor, action, entityType, entityId, beforeState, afterState,
                detail, prevHash);
    }

    static String hashOf(String chainKey, long seq, Instant occurredAt, String actor, String action,
                         String entityType, String entityId, String before, String after, String detail,
                         String prevHash) {
        return AuditHashing.hash(chainKey, seq, AuditHashing.truncate(occurredAt), actor, action, entityType,
                entityId, before, after, detail, prevHash);
    }

    public Long id() {
        return id;
    }

    public String chainKey() {
        return chainKey;
    }

    public long seq() {
        return seq;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String entityType() {
        return entityType;
    }

    public String entityId() {
        return entityId;
    }

    public String beforeState() {
        return beforeState;
    }

    public String afterState() {
        return afterState;
    }

    public String detail() {
        return detail;
    }

    public String prevHash() {
        return prevHash;
    }

    public String entryHash() {
        return entryHash;
    }
}
