package com.servicedesk.complaint;

import com.servicedesk.shared.Money;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.time.LocalDate;

/**
 * An outcome outside the bank, after its decision: what mediation, arbitration, a court or the
 * regulator decided on the customer's claim, on which day, and any amount awarded. A complaint may
 * have several (a mediation that failed, then a judgment).
 */
@Entity
@Table(name = "complaint_adr_outcome")
public class ComplaintAdrOutcome {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "complaint_id")
    private Complaint complaint;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AdrKind kind;

    /** The mediation centre, arbitration commission, court or regulator that decided. */
    @Column(name = "decided_by_body", nullable = false, length = 200)
    private String body;

    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AdrResult result;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "amount", column = @Column(name = "amount", precision = 15, scale = 2)),
        @AttributeOverride(name = "currency", column = @Column(name = "currency", length = 3))
    })
    private Money amount;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ComplaintAdrOutcome() {
    }

    ComplaintAdrOutcome(Complaint complaint, ComplaintCommand.RecordAdrOutcome command, String recordedBy, Instant recordedAt) {
        this.complaint = complaint;
        this.kind = command.kind();
        this.body = command.body();
        this.decidedOn = command.decidedOn();
        this.result = command.result();
        this.amount = command.amount();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long id() {
        return id;
    }

    public AdrKind kind() {
        return kind;
    }

    public String body() {
        return body;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public AdrResult result() {
        return result;
    }

    public Money amount() {
        return amount;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
