package com.servicedesk.followup;

import com.servicedesk.shared.TimeSource;
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
import java.time.LocalDate;

/** A task to contact the customer again after a case, due on a working day. */
@Entity
@Table(name = "follow_up")
public class FollowUp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "source_type", nullable = false, length = 32)
    private String sourceType;

    @Column(name = "source_id", nullable = false)
    private long sourceId;

    @Column(name = "source_ref", nullable = false, length = 40)
    private String sourceRef;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "branch_code", nullable = false, length = 16)
    private String branchCode;

    @Column(nullable = false, length = 20)
    private String kind;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(length = 64)
    private String assignee;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private FollowUpStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    @Version
    private long version;

    protected FollowUp() {
    }

    FollowUp(FollowUpSource source, String kind, LocalDate dueOn, String assignee, Instant createdAt) {
        this.sourceType = source.type();
        this.sourceId = source.id();
        this.sourceRef = source.reference();
        this.customerId = source.customerId();
        this.branchCode = source.branchCode();
        this.kind = kind;
        this.dueOn = dueOn;
        this.assignee = assignee;
        this.status = FollowUpStatus.OPEN;
        this.createdAt = createdAt;
    }

    /** The customer was contacted again: the task is done. */
    public void complete(Instant at) {
        this.status = FollowUpStatus.DONE;
        this.completedAt = at;
    }

    /** The customer could not be reached within the attempts allowed: the task is closed as such. */
    public void closeUnreachable(Instant at) {
        this.status = FollowUpStatus.UNREACHABLE;
        this.completedAt = at;
    }

    /** Overdue: raised to the branch supervisor, once. */
    boolean escalate(Instant at) {
        if (escalatedAt != null || status != FollowUpStatus.OPEN) {
            return false;
        }
        escalatedAt = at;
        return true;
    }

    /** Open past its due date. */
    public boolean overdue(LocalDate today) {
        return status == FollowUpStatus.OPEN && dueOn.isBefore(today);
    }

    /** Closed by its due date, whether the customer was reached or found unreachable. */
    public boolean closedOnTime() {
        return completedAt != null && status != FollowUpStatus.OPEN
                && !LocalDate.ofInstant(completedAt, TimeSource.BANK_ZONE).isAfter(dueOn);
    }

    public Instant completedAt() {
        return completedAt;
    }

    public Instant escalatedAt() {
        return escalatedAt;
    }

    public Long id() {
        return id;
    }

    public String sourceType() {
        return sourceType;
    }

    public long sourceId() {
        return sourceId;
    }

    public String sourceRef() {
        return sourceRef;
    }

    public long customerId() {
        return customerId;
    }

    public String branchCode() {
        return branchCode;
    }

    public String kind() {
        return kind;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public String assignee() {
        return assignee;
    }

    public FollowUpStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
