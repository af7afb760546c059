package com.servicedesk.organisation;

import com.servicedesk.shared.ConflictException;
import com.servicedesk.shared.InvalidInputException;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

/**
 * A branch (网点) of the bank, with its own queue and staff, in one region. Opened, renamed and closed
 * by an administrator; a closed branch keeps its cases and takes no new work.
 */
@Entity
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
@Table(name = "branch")
public class Branch {

    @Id
    @Column(length = 16)
    private String code;

    @Column(name = "region_code", nullable = false, length = 16)
    private String regionCode;

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    /** GB/T 2260 code of the county-level division the branch is in, for complaint statistics. */
    @Column(name = "division_code", nullable = false, length = 6)
    private String divisionCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Status status;

    @Column(name = "opened_on")
    private LocalDate openedOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    /** Whether new complaints are assigned by workload (open cases per agent, weighted by severity) rather than by hand. */
    @Column(name = "assign_by_workload", nullable = false)
    private boolean assignByWorkload;

    @Version
    @Column(name = "row_version")
    private long version;

    /** Whether the branch takes new work. */
    public enum Status {
        OPEN, CLOSED
    }

    protected Branch() {
    }

    Branch(String code, Region region, String nameZh, String nameEn, String divisionCode, LocalDate openedOn) {
        this.code = code;
        this.regionCode = region.code();
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.divisionCode = divisionCode;
        this.status = Status.OPEN;
        this.openedOn = openedOn;
    }

    void rename(String newNameZh, String newNameEn) {
        requireOpen("renamed");
        this.nameZh = newNameZh;
        this.nameEn = newNameEn;
    }

    /** Closes the branch: its cases stay on it for the record, but it takes no new work. */
    void close(LocalDate on) {
        requireOpen("closed");
        if (openedOn != null && on.isBefore(openedOn)) {
            throw new InvalidInputException("closedOn", "must not be before the branch opened on " + openedOn);
        }
        this.status = Status.CLOSED;
        this.closedOn = on;
    }

    /** Turns assignment by workload on or off. */
    void assignByWorkload(boolean on) {
        requireOpen("changed");
        this.assignByWorkload = on;
    }

    public boolean assignsByWorkload() {
        return assignByWorkload;
    }

    private void requireOpen(String what) {
        if (status == Status.CLOSED) {
            throw new ConflictException("branch-closed", "branch " + code + " was closed on " + closedOn
                    + " and cannot be " + what);
        }
    }

    public Status status() {
        return status;
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    public LocalDate openedOn() {
        return openedOn;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public long version() {
        return version;
    }

    public String code() {
        return code;
    }

    public String regionCode() {
        return regionCode;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public String divisionCode() {
        return divisionCode;
    }
}
