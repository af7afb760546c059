package com.servicedesk.security;

import com.servicedesk.shared.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A planned information security audit (信息安全审计): what it covers, who leads it, where it stands. */
@Entity
@Table(name = "security_audit")
public class SecurityAuditPlan {

    /** Where an audit stands. */
    public enum Status {
        PLANNED, IN_PROGRESS, COMPLETED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 2000)
    private String scope;

    @Column(name = "planned_on", nullable = false)
    private LocalDate plannedOn;

    @Column(nullable = false, length = 64)
    private String lead;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Version
    private long version;

    protected SecurityAuditPlan() {
    }

    public SecurityAuditPlan(String title, String scope, LocalDate plannedOn, String lead) {
        this.title = title;
        this.scope = scope;
        this.plannedOn = plannedOn;
        this.lead = lead;
        this.status = Status.PLANNED;
    }

    public void advance(LocalDate today) {
        status = switch (status) {
            case PLANNED -> Status.IN_PROGRESS;
            case IN_PROGRESS -> {
                completedOn = today;
                yield Status.COMPLETED;
            }
            case COMPLETED -> throw new ConflictException("audit-completed",
                    "the audit is already completed");
        };
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String scope() {
        return scope;
    }

    public LocalDate plannedOn() {
        return plannedOn;
    }

    public String lead() {
        return lead;
    }

    public Status status() {
        return status;
    }

    public LocalDate completedOn() {
        return completedOn;
    }
}
