package com.servicedesk.assessment;

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
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A month or quarter to be assessed under one version of a standard. It is computed (as often as
 * needed) until a manager approves it; approval locks it.
 */
@Entity
@Table(name = "assessment_period")
public class AssessmentPeriod {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private PeriodKind kind;

    @Column(nullable = false, unique = true, length = 16)
    private String label;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "standard_id", nullable = false)
    private long standardId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PeriodStatus status;

    @Column(name = "computed_at")
    private Instant computedAt;

    @Column(name = "computed_by", length = 64)
    private String computedBy;

    @Column(name = "review_comment", length = 2000)
    private String reviewComment;

    @Column(name = "approved_by", length = 64)
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Version
    private long version;

    protected AssessmentPeriod() {
    }

    /** A period from its label: {@code 2026-10} for a month, {@code 2026-Q3} for a quarter. */
    public AssessmentPeriod(PeriodKind kind, String label, long standardId) {
        if (kind == null) {
            throw new InvalidInputException("kind", "must be MONTH or QUARTER");
        }
        String l = label == null ? "" : label.strip();
        this.kind = kind;
        this.label = l;
        this.standardId = standardId;
        this.status = PeriodStatus.OPEN;
        if (kind == PeriodKind.MONTH) {
            try {
                YearMonth month = YearMonth.parse(l);
                startsOn = month.atDay(1);
                endsOn = month.atEndOfMonth();
            } catch (DateTimeParseException e) {
                throw new InvalidInputException("label", "a month is written yyyy-MM, for example 2026-10");
            }
        } else {
            Matcher m = QUARTER.matcher(l);
            if (!m.matches()) {
                throw new InvalidInputException("label", "a quarter is written yyyy-Qn, for example 2026-Q3");
            }
            YearMonth first = YearMonth.of(Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 3 + 1);
            startsOn = first.atDay(1);
            endsOn = first.plusMonths(2).atEndOfMonth();
        }
    }

    /** Results may be (re)computed until the period is approved. */
    void computed(String by, Instant at) {
        requireUnlocked();
        status = PeriodStatus.COMPUTED;
        computedBy = by;
        computedAt = at;
    }

    void review(String comment) {
        requireUnlocked();
        if (status != PeriodStatus.COMPUTED) {
            throw new ConflictException("period-not-computed", "compute the period before reviewing it");
        }
        reviewComment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    void approve(String by, Instant at, String comment) {
        review(comment == null ? reviewComment : comment);
        status = PeriodStatus.APPROVED;
        approvedBy = by;
        approvedAt = at;
    }

    void requireUnlocked() {
        if (status == PeriodStatus.APPROVED) {
            throw new ConflictException("period-approved",
                    "period " + label + " was approved by " + approvedBy + " and is locked");
        }
    }

    public Long id() {
        return id;
    }

    public PeriodKind kind() {
        return kind;
    }

    public String label() {
        return label;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public long standardId() {
        return standardId;
    }

    public PeriodStatus status() {
        return status;
    }

    public Instant computedAt() {
        return computedAt;
    }

    public String computedBy() {
        return computedBy;
    }

    public String reviewComment() {
        return reviewComment;
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
}
