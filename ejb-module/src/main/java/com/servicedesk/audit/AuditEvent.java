package com.servicedesk.audit;

import java.util.Objects;

/**
 * What a service reports when it changes something: the record, the action, and the record's
 * state before and after (as compact JSON, personal data masked). The trail adds who and when.
 */
public record AuditEvent(String entityType, String entityId, String action, String before, String after,
                         String detail) {

    public AuditEvent {
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(action, "action");
    }

    public static AuditEvent of(String entityType, Object entityId, String action) {
        return new AuditEvent(entityType, String.valueOf(entityId), action, null, null, null);
    }

    public AuditEvent withStates(String newBefore, String newAfter) {
        return new AuditEvent(entityType, entityId, action, newBefore, newAfter, detail);
    }

    public AuditEvent withDetail(String newDetail) {
        return new AuditEvent(entityType, entityId, action, before, after, newDetail);
    }

    /** The chain this event belongs to: one per audited record. */
    public String chainKey() {
        return entityType + ":" + entityId;
    }
}
