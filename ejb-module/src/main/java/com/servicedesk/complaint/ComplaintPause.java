package com.servicedesk.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A stop of the decision clock for an external appraisal or test, told to the customer. */
@Entity
@Table(name = "complaint_pause")
public class ComplaintPause {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "complaint_id")
    private Complaint complaint;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "started_by", nullable = false, length = 64)
    private String startedBy;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "ended_by", length = 64)
    private String endedBy;

    protected ComplaintPause() {
    }

    ComplaintPause(Complaint complaint, String reason, Instant startedAt, String startedBy) {
        this.complaint = complaint;
        this.reason = reason;
        this.startedAt = startedAt;
        this.startedBy = startedBy;
    }

    void end(Instant at, String by) {
        this.endedAt = at;
        this.endedBy = by;
    }

    public boolean isOpen() {
        return endedAt == null;
    }

    public String reason() {
        return reason;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }
}
