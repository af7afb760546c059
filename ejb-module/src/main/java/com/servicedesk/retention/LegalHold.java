package com.servicedesk.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A hold on a case or a customer (litigation, a regulator's inquiry): while it stands, nothing of it is
 * anonymised or deleted. Released by someone other than the person who placed it.
 */
@Entity
@Table(name = "legal_hold")
public class LegalHold {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_type", nullable = false, length = 32)
    private HoldTarget target;

    @Column(name = "target_id", nullable = false)
    private long targetId;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Column(name = "placed_by", nullable = false, length = 64)
    private String placedBy;

    @Column(name = "placed_at", nullable = false)
    private Instant placedAt;

    @Column(name = "released_by", length = 64)
    private String releasedBy;

    @Column(name = "released_at")
    private Instant releasedAt;

    @Column(name = "release_reason", length = 1000)
    private String releaseReason;

    @Version
    @Column(name = "row_version", nullable = false)
    private long version;

    protected LegalHold() {
    }

    LegalHold(HoldTarget target, long targetId, String reason, String placedBy, Instant placedAt) {
        this.target = target;
        this.targetId = targetId;
        this.reason = reason;
        this.placedBy = placedBy;
        this.placedAt = placedAt;
    }

    void release(String by, Instant at, String why) {
        releasedBy = by;
        releasedAt = at;
        releaseReason = why;
    }

    public long id() {
        return id;
    }

    public HoldTarget target() {
        return target;
    }

    public long targetId() {
        return targetId;
    }

    public String reason() {
        return reason;
    }

    public String placedBy() {
        return placedBy;
    }

    public Instant placedAt() {
        return placedAt;
    }

    public String releasedBy() {
        return releasedBy;
    }

    public Instant releasedAt() {
        return releasedAt;
    }

    public String releaseReason() {
        return releaseReason;
    }

    public boolean isActive() {
        return releasedAt == null;
    }

    public long version() {
        return version;
    }
}
