package com.servicedesk.audit;

import java.time.Instant;

/** One audit entry as the audit-log viewer lists it. */
public record AuditLogEntry(long id, Instant at, String actor, String action, String entityType, String entityId,
                            String before, String after, String detail) implements java.io.Serializable {

    /** By id, cheap for JSON-B (see {@link com.servicedesk.shared.Page#hashCode()}); equal records have equal ids. */
    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
