package com.servicedesk.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A review (核查) the customer asked for after the decision: its own case within the complaint,
 * with its own decision clock, decided by someone who took no part in the first decision.
 */
@Entity
@Table(name = "complaint_review")
public class ComplaintReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "complaint_id")
    private Complaint complaint;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "requested_by", nullable = false, length = 64)
    private String requestedBy;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "due_flag", length = 200)
    private String dueFlag;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private ReviewOutcome outcome;

    @Column(length = 2000)
    private String decision;

    protected ComplaintReview() {
    }

    ComplaintReview(Complaint complaint, Instant requestedAt, String requestedBy, String reason, Deadline deadline) {
        this.complaint = complaint;
        this.requestedAt = requestedAt;
        this.requestedBy = requestedBy;
        this.reason = reason;
        this.dueAt = deadline == null ? null : deadline.dueAt();
        this.dueFlag = deadline == null ? null : deadline.flag();
    }

    void decide(Instant at, String by, ReviewOutcome reviewOutcome, String reviewDecision) {
        this.decidedAt = at;
        this.decidedBy = by;
        this.outcome = reviewOutcome;
        this.decision = reviewDecision;
    }

    /** Takes the review's limit as counted again on a changed calendar; whether it changed. */
    boolean recount(Deadline deadline) {
        Instant newDue = deadline == null ? null : deadline.dueAt();
        String newFlag = deadline == null ? null : deadline.flag();
        boolean changed = !Objects.equals(dueAt, newDue) || !Objects.equals(dueFlag, newFlag);
        dueAt = newDue;
        dueFlag = newFlag;
        return changed;
    }

    public boolean isOpen() {
        return decidedAt == null;
    }

    public Long id() {
        return id;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public String reason() {
        return reason;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public String dueFlag() {
        return dueFlag;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public ReviewOutcome outcome() {
        return outcome;
    }

    public String decision() {
        return decision;
    }
}
