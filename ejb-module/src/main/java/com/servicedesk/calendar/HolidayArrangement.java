package com.servicedesk.calendar;

import com.servicedesk.shared.ConflictException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One version of a year's holiday arrangement (节假日安排), as the State Council's notice gives it:
 * the rest days of each break and the weekend days worked instead. One administrator proposes it,
 * another puts it in force (four-eyes: a legal deadline depends on it); a correction is a new
 * version, and the one it replaces is kept as superseded.
 */
@Entity
@Table(name = "holiday_calendar_version")
public class HolidayArrangement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "calendar_year", nullable = false)
    private int year;

    @Column(nullable = false)
    private int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ArrangementStatus status;

    @Column(nullable = false, length = 300)
    private String source;

    @Column(name = "notice_date")
    private LocalDate noticeDate;

    @Column(name = "proposed_by", nullable = false, length = 64)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @Column(name = "approved_by", length = 64)
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "superseded_at")
    private Instant supersededAt;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "holiday_calendar_version_day", joinColumns = @JoinColumn(name = "version_id"))
    @OrderBy("date")
    private List<ListedDay> days = new ArrayList<>();

    protected HolidayArrangement() {
    }

    HolidayArrangement(int year, int version, String source, LocalDate noticeDate, List<ListedDay> days,
                       String proposedBy, Instant proposedAt) {
        this.year = year;
        this.version = version;
        this.status = ArrangementStatus.PROPOSED;
        revise(source, noticeDate, days, proposedBy, proposedAt);
    }

    /** Replaces a proposal's content before anyone approved it; the one who revised it is now its proposer. */
    void revise(String newSource, LocalDate newNoticeDate, List<ListedDay> newDays, String by, Instant at) {
        requireProposed("revised");
        this.source = Objects.requireNonNull(newSource).strip();
        this.noticeDate = newNoticeDate;
        this.days.clear();
        this.days.addAll(newDays);
        this.proposedBy = by;
        this.proposedAt = at;
    }

    /** Puts the proposal in force; the administrator who proposed it may not (four-eyes). */
    void approve(String approver, Instant at) {
        requireProposed("approved");
        if (approver.equals(proposedBy)) {
            throw new ConflictException("four-eyes",
                    "the " + year + " arrangement was proposed by you; another administrator must approve it");
        }
        this.status = ArrangementStatus.IN_FORCE;
        this.approvedBy = approver;
        this.approvedAt = at;
    }

    void supersede(Instant at) {
        if (status != ArrangementStatus.IN_FORCE) {
            throw new IllegalStateException("only the version in force is superseded");
        }
        this.status = ArrangementStatus.SUPERSEDED;
        this.supersededAt = at;
    }

    void withdraw() {
        requireProposed("withdrawn");
        this.status = ArrangementStatus.WITHDRAWN;
    }

    private void requireProposed(String what) {
        if (status != ArrangementStatus.PROPOSED) {
            throw new ConflictException("not-proposed", "version " + version + " of the " + year
                    + " arrangement is " + status + "; only a proposal can be " + what);
        }
    }

    /** The listed days by date, for the calendar. */
    public Map<LocalDate, DayKind> kindsByDate() {
        return days.stream().collect(Collectors.toMap(ListedDay::date, ListedDay::kind));
    }

    public Long id() {
        return id;
    }

    public int year() {
        return year;
    }

    public int version() {
        return version;
    }

    public ArrangementStatus status() {
        return status;
    }

    public String source() {
        return source;
    }

    public LocalDate noticeDate() {
        return noticeDate;
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

    public Instant supersededAt() {
        return supersededAt;
    }

    public List<ListedDay> days() {
        return Collections.unmodifiableList(days);
    }
}
