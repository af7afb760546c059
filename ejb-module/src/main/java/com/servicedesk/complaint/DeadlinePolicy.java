package com.servicedesk.complaint;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.ZoneId;
import java.util.Objects;
import java.util.OptionalInt;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import org.hibernate.annotations.Immutable;

/**
 * A complaint-handling regime as data: the decision limit, the extension ladder, the review
 * window and clock, the summary-resolution window, and how days are counted. The default is the
 * Chinese regulator's 2020 rules; other regimes (the UK FCA's DISP 1.6) are further rows.
 */
@Entity
@Immutable
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_ONLY)
@Table(name = "deadline_policy")
public class DeadlinePolicy {

    @Id
    @Column(length = 32)
    private String code;

    @Column(name = "name_zh", nullable = false, length = 200)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DayCounting counting;

    @Column(name = "zone_id", nullable = false, length = 40)
    private String zoneId;

    @Column(name = "uses_holiday_calendar", nullable = false)
    private boolean usesHolidayCalendar;

    @Column(name = "decision_days", nullable = false)
    private int decisionDays;

    @Column(name = "first_extension_days")
    private Integer firstExtensionDays;

    @Column(name = "second_extension_days")
    private Integer secondExtensionDays;

    @Column(name = "review_request_days")
    private Integer reviewRequestDays;

    @Column(name = "review_decision_days")
    private Integer reviewDecisionDays;

    @Column(name = "summary_business_days")
    private Integer summaryBusinessDays;

    @Column(name = "is_default", nullable = false)
    private boolean isDefault;

    protected DeadlinePolicy() {
    }

    /** A policy built in code, for tests and tools; production policies are rows. */
    public static DeadlinePolicy of(String code, DayCounting counting, ZoneId zone, boolean usesHolidayCalendar,
                                    int decisionDays, Integer firstExtensionDays, Integer secondExtensionDays,
                                    Integer reviewRequestDays, Integer reviewDecisionDays, Integer summaryBusinessDays) {
        DeadlinePolicy p = new DeadlinePolicy();
        p.code = Objects.requireNonNull(code);
        p.nameZh = code;
        p.nameEn = code;
        p.counting = counting;
        p.zoneId = zone.getId();
        p.usesHolidayCalendar = usesHolidayCalendar;
        p.decisionDays = decisionDays;
        p.firstExtensionDays = firstExtensionDays;
        p.secondExtensionDays = secondExtensionDays;
        p.reviewRequestDays = reviewRequestDays;
        p.reviewDecisionDays = reviewDecisionDays;
        p.summaryBusinessDays = summaryBusinessDays;
        return p;
    }

    public String code() {
        return code;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public DayCounting counting() {
        return counting;
    }

    public ZoneId zone() {
        return ZoneId.of(zoneId);
    }

    public boolean usesHolidayCalendar() {
        return usesHolidayCalendar;
    }

    public boolean isDefault() {
        return isDefault;
    }

    /** The decision limit in days at an extension level (0 none, 1 first, 2 second), if that level exists. */
    public OptionalInt decisionDays(int extensionLevel) {
        Integer days = switch (extensionLevel) {
            case 0 -> decisionDays;
            case 1 -> firstExtensionDays;
            case 2 -> secondExtensionDays;
            default -> null;
        };
        return days == null ? OptionalInt.empty() : OptionalInt.of(days);
    }

    public OptionalInt reviewRequestDays() {
        return reviewRequestDays == null ? OptionalInt.empty() : OptionalInt.of(reviewRequestDays);
    }

    public OptionalInt reviewDecisionDays() {
        return reviewDecisionDays == null ? OptionalInt.empty() : OptionalInt.of(reviewDecisionDays);
    }

    public OptionalInt summaryBusinessDays() {
        return summaryBusinessDays == null ? OptionalInt.empty() : OptionalInt.of(summaryBusinessDays);
    }
}
