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
import java.time.LocalDate;

/**
 * How long one kind of record is kept after it ends, and what happens then. A version is proposed by
 * one administrator and put in force by another (it decides when personal data is destroyed); the
 * version it replaces is kept, superseded.
 */
@Entity
@Table(name = "retention_policy")
public class RetentionPolicy {

    /** Where a version stands. */
    public enum Status {
        PROPOSED, IN_FORCE, SUPERSEDED, WITHDRAWN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "record_kind", nullable = false, length = 32)
    private RecordKind kind;

    /** Years after the record ended; null keeps it. */
    private Integer years;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RetentionAction action;

    /** For {@link RecordKind#CREDIT_REPORT_COMPLAINT}: the business category (JR/T B code) it covers. */
    @Column(name = "business_category", length = 16)
    private String businessCategory;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    /** Why this period: the rule it follows. */
    @Column(nullable = false, length = 1000)
    private String basis;

    @Column(name = "proposed_by", nullable = false, length = 64)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @Column(name = "approved_by", length = 64)
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long version;

    protected RetentionPolicy() {
    }

    RetentionPolicy(RecordKind kind, Integer years, RetentionAction action, String businessCategory, LocalDate effectiveFrom,
                    String basis, String proposedBy, Instant proposedAt) {
        this.kind = kind;
        this.years = years;
        this.action = action;
        this.businessCategory = businessCategory;
        this.effectiveFrom = effectiveFrom;
        this.basis = basis;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
        this.status = Status.PROPOSED;
    }

    void approve(String by, Instant at) {
        status = Status.IN_FORCE;
        approvedBy = by;
        approvedAt = at;
    }

    void supersede() {
        status = Status.SUPERSEDED;
    }

    void withdraw() {
        status = Status.WITHDRAWN;
    }

    public long id() {
        return id;
    }

    public RecordKind kind() {
        return kind;
    }

    public Integer years() {
        return years;
    }

    public RetentionAction action() {
        return action;
    }

    public String businessCategory() {
        return businessCategory;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public Status status() {
        return status;
    }

    public String basis() {
        return basis;
    }

    public String proposedBy() {
        return proposedBy;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    public long version() {
        return version;
    }

    /** Whether the policy ends records at all. */
    public boolean expires() {
        return years != null && action != RetentionAction.KEEP;
    }
}
