package com.servicedesk.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;

/** A day an arrangement names: a rest day of a holiday break, or a weekend day worked instead (调休上班). */
@Embeddable
public class ListedDay {

    @Column(name = "calendar_date", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private DayKind kind;

    @Column(name = "name_zh", nullable = false, length = 100)
    private String name;

    @Column(name = "name_en", length = 100)
    private String nameEn;

    protected ListedDay() {
    }

    public ListedDay(LocalDate date, DayKind kind, String name, String nameEn) {
        this.date = Objects.requireNonNull(date);
        this.kind = Objects.requireNonNull(kind);
        this.name = Objects.requireNonNull(name);
        this.nameEn = nameEn;
    }

    public LocalDate date() {
        return date;
    }

    public DayKind kind() {
        return kind;
    }

    /** The holiday's name as the notice gives it. */
    public String name() {
        return name;
    }

    /** The English name, where one was given or is known; otherwise the notice's name. */
    public String nameEn() {
        return nameEn == null ? name : nameEn;
    }
}
