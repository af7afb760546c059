package com.servicedesk.complaint;

import com.servicedesk.shared.Role;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.OptionalInt;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

/**
 * A complaint-handling regime as data: the decision limit, the extension ladder and who may grant
 * each step, whether the clock may stop, the review window and clock, the summary-resolution window,
 * and how days are counted. The default is the Chinese regulator's 2020 rules; other regimes (the UK
 * FCA's DISP 1.6) are further families.
 *
 * <p>A family changes by revisions: each revision is a row of its own with its own code, in force
 * from its effective date for complaints received from that day; a complaint keeps the row it was
 * registered under. A revision that changes a legal limit waits as {@link Status#PROPOSED} until
 * a second administrator approves it. Only the status and its approval ever change on a row.
 */
@Entity
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
@Table(name = "deadline_policy")
public class DeadlinePolicy {

    /** A revision's standing: waiting for a second administrator, in force from its date, or withdrawn. */
    public enum Status { PROPOSED, IN_FORCE, WITHDRAWN }

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

    @Column(nullable = false, length = 32)
    private String family;

    @Column(nullable = false)
    private int revision;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status;

    @Enumerated(EnumType.STRING)
    @Column(name = "first_extension_role", nullable = false, length = 16)
    private Role firstExtensionRole;

    @Enumerated(EnumType.STRING)
    @Column(name = "second_extension_role", nullable = false, length = 16)
    private Role secondExtensionRole;

    @Column(name = "pause_allowed", nullable = false)
    private boolean pauseAllowed;

    @Column(length = 1000)
    private String reason;

    @Column(name = "proposed_by", length = 64)
    private String proposedBy;

    @Column(name = "proposed_at")
    private Instant proposedAt;

    @Column(name = "approved_by", length = 64)
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long version;

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
        p.family = code;
        p.revision = 1;
        p.effectiveFrom = LocalDate.of(2020, 1, 1);
        p.status = Status.IN_FORCE;
        p.firstExtensionRole = Role.SUPERVISOR;
        p.secondExtensionRole = Role.MANAGER;
        p.pauseAllowed = true;
        return p;
    }

    /**
     * The next revision of this one's family with the given rules, effective from a day; in force at
     * once unless {@code needsApproval}. Names, counting, zone and calendar stay the family's.
     */
    DeadlinePolicy revise(int nextRevision, Rules rules, LocalDate from, String why, boolean needsApproval, String by,
                          Instant at) {
        DeadlinePolicy p = new DeadlinePolicy();
        p.code = family + "-R" + nextRevision;
        p.nameZh = nameZh;
        p.nameEn = nameEn;
        p.counting = counting;
        p.zoneId = zoneId;
        p.usesHolidayCalendar = usesHolidayCalendar;
        p.isDefault = isDefault;
        p.family = family;
        p.revision = nextRevision;
        p.effectiveFrom = from;
        p.decisionDays = rules.decisionDays();
        p.firstExtensionDays = rules.firstExtensionDays();
        p.secondExtensionDays = rules.secondExtensionDays();
        p.reviewRequestDays = rules.reviewRequestDays();
        p.reviewDecisionDays = rules.reviewDecisionDays();
        p.summaryBusinessDays = rules.summaryBusinessDays();
        p.firstExtensionRole = rules.firstExtensionRole();
        p.secondExtensionRole = rules.secondExtensionRole();
        p.pauseAllowed = rules.pauseAllowed();
        p.reason = why;
        p.proposedBy = by;
        p.proposedAt = at;
        p.status = needsApproval ? Status.PROPOSED : Status.IN_FORCE;
        return p;
    }

    void approve(String by, Instant at) {
        status = Status.IN_FORCE;
        approvedBy = by;
        approvedAt = at;
    }

    void withdraw() {
        status = Status.WITHDRAWN;
    }

    /** The rules an administrator may change, as one value. */
    public record Rules(int decisionDays, Integer firstExtensionDays, Integer secondExtensionDays,
                        Integer reviewRequestDays, Integer reviewDecisionDays, Integer summaryBusinessDays,
                        Role firstExtensionRole, Role secondExtensionRole, boolean pauseAllowed) implements java.io.Serializable {

        /** Whether these rules change a legal limit of {@code other}: a day count (which needs four-eyes). */
        public boolean changesLimitsOf(Rules other) {
            return decisionDays != other.decisionDays || !Objects.equals(firstExtensionDays, other.firstExtensionDays)
                    || !Objects.equals(secondExtensionDays, other.secondExtensionDays)
                    || !Objects.equals(reviewRequestDays, other.reviewRequestDays)
                    || !Objects.equals(reviewDecisionDays, other.reviewDecisionDays)
                    || !Objects.equals(summaryBusinessDays, other.summaryBusinessDays);
        }
    }

    public Rules rules() {
        return new Rules(decisionDays, firstExtensionDays, secondExtensionDays, reviewRequestDays, reviewDecisionDays,
                summaryBusinessDays, firstExtensionRole, secondExtensionRole, pauseAllowed);
    }

    public String family() {
        return family;
    }

    public int revision() {
        return revision;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public Status status() {
        return status;
    }

    public String reason() {
        return reason;
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

    /** Whether the clock may stop under these rules (PAUSE_CLOCK). */
    public boolean pauseAllowed() {
        return pauseAllowed;
    }

    /** The role that grants an extension at a level (1 first, 2 second); a MANAGER may always grant. */
    public Role extensionRole(int level) {
        return level <= 1 ? firstExtensionRole : secondExtensionRole;
    }

    public boolean mayExtend(int level, Role role) {
        return role == Role.MANAGER || role == extensionRole(level);
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
