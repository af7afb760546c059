package com.servicedesk.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * How a complaint is counted (JR/T 0169-2018): the channel it came by (A), the business it concerns
 * (B), its cause (C), the GB/T 2260 division, and its severity. The codes are checked against the
 * reference data before they get here.
 */
@Embeddable
public class ComplaintClassification {

    @Column(name = "intake_channel", nullable = false, length = 32)
    private String intakeChannel;

    @Column(name = "channel_code", nullable = false, length = 16)
    private String channelCode;

    @Column(name = "business_category", nullable = false, length = 16)
    private String businessCategory;

    @Column(name = "cause_code", nullable = false, length = 16)
    private String cause;

    @Column(name = "region_code", nullable = false, length = 6)
    private String regionCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Severity severity;

    protected ComplaintClassification() {
    }

    ComplaintClassification(String intakeChannel, String channelCode, String businessCategory, String cause,
                            String regionCode, Severity severity) {
        this.intakeChannel = intakeChannel;
        this.channelCode = channelCode;
        this.businessCategory = businessCategory;
        this.cause = cause;
        this.regionCode = regionCode;
        this.severity = severity == null ? Severity.MEDIUM : severity;
    }

    /** Changes what the command names and keeps the rest; the intake channel never changes. */
    void reclassify(ComplaintCommand.Reclassify command) {
        if (command.businessCategory() != null) {
            businessCategory = command.businessCategory();
        }
        if (command.cause() != null) {
            cause = command.cause();
        }
        if (command.severity() != null) {
            severity = command.severity();
        }
        if (command.regionCode() != null) {
            regionCode = command.regionCode();
        }
    }

    public String intakeChannel() {
        return intakeChannel;
    }

    public String channelCode() {
        return channelCode;
    }

    public String businessCategory() {
        return businessCategory;
    }

    public String cause() {
        return cause;
    }

    public String regionCode() {
        return regionCode;
    }

    public Severity severity() {
        return severity;
    }
}
