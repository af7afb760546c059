package com.servicedesk.retention;

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

/**
 * One retention run, or a dry run that only counts: what it found expired as of its day, its progress
 * (kept in the database, so that every server of a cluster shows it), what it did, and the number and
 * digest of the proof-of-destruction report it archived.
 */
@Entity
@Table(name = "retention_run")
public class RetentionRun {

    /** Where a run stands. */
    public enum Status {
        RUNNING, DONE, FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dry_run", nullable = false)
    private boolean dryRun;

    @Column(name = "as_of", nullable = false)
    private Instant asOf;

    /** The day of a scheduled run: unique, so that one server of a cluster claims it. */
    @Column(name = "scheduled_on", unique = true)
    private LocalDate scheduledOn;

    @Column(name = "started_by", nullable = false, length = 64)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(nullable = false)
    private long processed;

    @Column(nullable = false)
    private long total;

    /** What it found and did, as JSON. */
    @Column(length = 8000)
    private String summary;

    @Column(name = "report_number", length = 40)
    private String reportNumber;

    @Column(name = "report_sha256", length = 64)
    private String reportSha256;

    @Column(length = 2000)
    private String error;

    @Version
    @Column(name = "row_version", nullable = false)
    private long version;

    protected RetentionRun() {
    }

    RetentionRun(boolean dryRun, Instant asOf, LocalDate scheduledOn, String startedBy) {
        this.dryRun = dryRun;
        this.asOf = asOf;
        this.scheduledOn = scheduledOn;
        this.startedBy = startedBy;
        this.startedAt = asOf;
        this.status = Status.RUNNING;
    }

    void planned(long records) {
        total = records;
    }

    void progressed(long records) {
        processed += records;
    }

    void finished(Instant at, String outcome, String number, String sha256) {
        status = Status.DONE;
        finishedAt = at;
        summary = outcome;
        reportNumber = number;
        reportSha256 = sha256;
    }

    void failed(Instant at, String why) {
        status = Status.FAILED;
        finishedAt = at;
        error = why.length() > 2000 ? why.substring(0, 2000) : why;
    }

    public long id() {
        return id;
    }

    public boolean dryRun() {
        return dryRun;
    }

    public Instant asOf() {
        return asOf;
    }

    public String startedBy() {
        return startedBy;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public Status status() {
        return status;
    }

    public long processed() {
        return processed;
    }

    public long total() {
        return total;
    }

    public String summary() {
        return summary;
    }

    public String reportNumber() {
        return reportNumber;
    }

    public String reportSha256() {
        return reportSha256;
    }

    public String error() {
        return error;
    }

    public long version() {
        return version;
    }
}
