package com.servicedesk.followup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** How many working days after an event its follow-up falls due, and of what kind. */
@Entity
@Table(name = "follow_up_policy")
public class FollowUpPolicy {

    @Id
    @Column(name = "source_event", length = 40)
    private String sourceEvent;

    @Column(name = "delay_working_days", nullable = false)
    private int delayWorkingDays;

    @Column(nullable = false, length = 20)
    private String kind;

    @Column(name = "description_zh", nullable = false, length = 200)
    private String descriptionZh;

    @Column(name = "description_en", nullable = false, length = 200)
    private String descriptionEn;

    protected FollowUpPolicy() {
    }

    public String sourceEvent() {
        return sourceEvent;
    }

    public int delayWorkingDays() {
        return delayWorkingDays;
    }

    public String kind() {
        return kind;
    }
}
