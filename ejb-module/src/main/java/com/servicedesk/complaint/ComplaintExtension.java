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

/** One step of the extension ladder: who granted it, why (as told to the customer), the new limit. */
@Entity
@Table(name = "complaint_extension")
public class ComplaintExtension {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "complaint_id")
    private Complaint complaint;

    /** The handling round: 0, then one more for each reopening (the ladder is climbed again). */
    @Column(name = "round_no", nullable = false)
    private int round;

    @Column(name = "level_no", nullable = false)
    private int level;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Column(name = "granted_by", nullable = false, length = 64)
    private String grantedBy;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    @Column(name = "limit_days", nullable = false)
    private int limitDays;

    protected ComplaintExtension() {
    }

    ComplaintExtension(Complaint complaint, int round, int level, String reason, String grantedBy, Instant grantedAt,
                       int limitDays) {
        this.complaint = complaint;
        this.round = round;
        this.level = level;
        this.reason = reason;
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
        this.limitDays = limitDays;
    }

    public int round() {
        return round;
    }

    public int level() {
        return level;
    }

    public String reason() {
        return reason;
    }

    public String grantedBy() {
        return grantedBy;
    }

    public Instant grantedAt() {
        return grantedAt;
    }

    public int limitDays() {
        return limitDays;
    }
}
