package com.servicedesk.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A year of the holiday calendar: the one row that a proposal or an approval of that year's
 * arrangement locks, so that two administrators never number, or put in force, two versions at once;
 * it names the version in force, if any.
 */
@Entity
@Table(name = "holiday_calendar_year")
public class CalendarYear {

    @Id
    @Column(name = "calendar_year")
    private int year;

    @Column(name = "in_force_version")
    private Integer inForceVersion;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected CalendarYear() {
    }

    CalendarYear(int year) {
        this.year = year;
    }

    public int year() {
        return year;
    }

    /** The version in force, or null while the year has none. */
    public Integer inForceVersion() {
        return inForceVersion;
    }

    void putInForce(int version) {
        this.inForceVersion = version;
    }
}
