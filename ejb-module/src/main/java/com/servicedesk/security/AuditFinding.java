package com.servicedesk.security;

import com.servicedesk.shared.ConflictException;
import com.servicedesk.shared.InvalidInputException;
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
 * A finding of a security audit: its severity, owner and due date, then the owner's remediation and
 * the auditor's verification — never verified by the person who remediated it.
 */
@Entity
@Table(name = "audit_finding")
public class AuditFinding implements java.io.Serializable {

    /** How grave the finding is. */
    public enum Severity {
        LOW, MEDIUM, HIGH, CRITICAL
    }

    /** Where the remediation stands. */
    public enum Status {
        OPEN, REMEDIATED, VERIFIED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "audit_id", nullable = false)
    private long auditId;

    @Column(nullable = false, length = 300)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Severity severity;

    @Column(nullable = false, length = 64)
    private String owner;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(length = 2000)
    private String remediation;

    @Column(name = "verified_by", length = 64)
    private String verifiedBy;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Version
    private long version;

    protected AuditFinding() {
    }

    public AuditFinding(long auditId, String title, Severity severity, String owner, LocalDate dueOn) {
        this.auditId = auditId;
        this.title = title;
        this.severity = severity;
        this.owner = owner;
        this.dueOn = dueOn;
        this.status = Status.OPEN;
    }

    public void remediate(String what) {
        if (status != Status.OPEN) {
            throw new ConflictException("finding-not-open", "only an open finding can be remediated");
        }
        if (what == null || what.isBlank()) {
            throw new InvalidInputException("remediation", "say what was done");
        }
        remediation = what.strip();
        status = Status.REMEDIATED;
    }

    public void verify(String auditor, String remediatedBy, Instant at) {
        if (status != Status.REMEDIATED) {
            throw new ConflictException("finding-not-remediated", "only a remediated finding can be verified");
        }
        if (auditor.equals(remediatedBy)) {
            throw new ConflictException("four-eyes", "whoever remediated a finding may not verify it");
        }
        verifiedBy = auditor;
        verifiedAt = at;
        status = Status.VERIFIED;
    }

    public Long id() {
        return id;
    }

    public long auditId() {
        return auditId;
    }

    public String title() {
        return title;
    }

    public Severity severity() {
        return severity;
    }

    public String owner() {
        return owner;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public Status status() {
        return status;
    }

    public String remediation() {
        return remediation;
    }

    public String verifiedBy() {
        return verifiedBy;
    }

    public Instant verifiedAt() {
        return verifiedAt;
    }
}
