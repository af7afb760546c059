package com.servicedesk.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A year whose holiday arrangement is loaded, with the notice it comes from. */
@Entity
@Table(name = "holiday_calendar_year")
public class CalendarYear {

    @Id
    @Column(name = "calendar_year")
    private int year;

    @Column(nullable = false, length = 300)
    private String source;

    protected CalendarYear() {
    }

    public int year() {
        return year;
    }

    public String source() {
        return source;
    }
}
