package com.servicedesk.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A day the holiday notice names: a rest day of a break or an adjusted working day. */
@Entity
@Table(name = "holiday_calendar_day")
public class CalendarDay {

    @Id
    @Column(name = "calendar_date")
    private LocalDate date;

    @Column(name = "calendar_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private DayKind kind;

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    protected CalendarDay() {
    }

    public LocalDate date() {
        return date;
    }

    public DayKind kind() {
        return kind;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }
}
