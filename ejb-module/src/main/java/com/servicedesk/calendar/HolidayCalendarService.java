package com.servicedesk.calendar;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The holiday calendar in force, read once and kept; {@link #invalidate()} after a version is put in
 * force (the administration does so once its transaction has ended). The calendar is immutable, so
 * readers never wait.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class HolidayCalendarService {

    /** From this month on, next year's arrangement is due: the State Council publishes it in November or December. */
    static final int NEXT_YEAR_DUE_FROM_MONTH = 11;

    @PersistenceContext
    private EntityManager em;

    private volatile HolidayCalendar calendar;

    public HolidayCalendar calendar() {
        HolidayCalendar current = calendar;
        if (current == null) {
            current = load();
            calendar = current;
        }
        return current;
    }

    /** The next read loads the calendar again. */
    public void invalidate() {
        calendar = null;
    }

    private HolidayCalendar load() {
        Set<Integer> years = new HashSet<>();
        Map<LocalDate, DayKind> days = new HashMap<>();
        for (HolidayArrangement version : em.createQuery("select a from HolidayArrangement a where a.status = :s",
                HolidayArrangement.class).setParameter("s", ArrangementStatus.IN_FORCE).getResultList()) {
            years.add(version.year());
            days.putAll(version.kindsByDate());
        }
        return new HolidayCalendar(years, days);
    }

    /**
     * The years whose arrangement is missing and wanted by now: this year, always; next year, from
     * November. The dashboard warns about them until they are in force.
     */
    public List<Integer> missingYears(LocalDate today) {
        HolidayCalendar current = calendar();
        List<Integer> missing = new ArrayList<>();
        if (!current.isLoaded(today.getYear())) {
            missing.add(today.getYear());
        }
        if (today.getMonthValue() >= NEXT_YEAR_DUE_FROM_MONTH && !current.isLoaded(today.getYear() + 1)) {
            missing.add(today.getYear() + 1);
        }
        return missing;
    }
}
