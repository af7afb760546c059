package com.servicedesk.retention;

import java.time.Instant;

/** A legal hold as the API and the portal show it, with the reference of what it holds. */
public record HoldView(long id, HoldTarget target, long targetId, String targetReference, String reason, String placedBy,
                       Instant placedAt, String releasedBy, Instant releasedAt, String releaseReason, boolean active,
                       long version) implements java.io.Serializable {
}
