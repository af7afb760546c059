package com.servicedesk.followup;

import com.servicedesk.shared.Validity;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * How many working days after an event its follow-up falls due, and of what kind, from a day to a
 * day: a follow-up takes the policy that held on the day of its event.
 */
@Entity
@Table(name = "follow_up_rule")
public class FollowUpPolicy {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "source_event", nullable = false, length = 40)
    private String sourceEvent;

    @Column(name = "delay_working_days", nullable = false)
    private int delayWorkingDays;

    @Column(nullable = false, length = 20)
    private String kind;

    @Column(name = "description_zh", nullable = false, length = 200)
    private String descriptionZh;

    @Column(name = "description_en", nullable = false, length = 200)
    private String descriptionEn;

    @Embedded
    private Validity validity;

    protected FollowUpPolicy() {
    }

    FollowUpPolicy(String sourceEvent, int delayWorkingDays, String kind, String descriptionZh, String descriptionEn,
                   LocalDate from) {
        this.sourceEvent = sourceEvent;
        this.delayWorkingDays = delayWorkingDays;
        this.kind = kind;
        this.descriptionZh = descriptionZh;
        this.descriptionEn = descriptionEn;
        this.validity = Validity.from(from);
    }

    public Long id() {
        return id;
    }

    public Validity validity() {
        return validity;
    }

    public String descriptionZh() {
        return descriptionZh;
    }

    public String descriptionEn() {
        return descriptionEn;
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
