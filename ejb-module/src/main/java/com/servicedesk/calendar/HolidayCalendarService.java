package com.servicedesk.calendar;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The loaded holiday calendar, read once and kept; {@link #reload()} after a new year's
 * arrangement is loaded. The calendar is immutable, so readers never wait.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class HolidayCalendarService {

    @PersistenceContext
    private EntityManager em;

    private volatile HolidayCalendar calendar;

    public HolidayCalendar calendar() {
        HolidayCalendar current = calendar;
        if (current == null) {
            current = reload();
        }
        return current;
    }

    public HolidayCalendar reload() {
        Set<Integer> years = new HashSet<>(em.createQuery("select y.year from CalendarYear y", Integer.class)
                .getResultList());
        Map<LocalDate, DayKind> days = new HashMap<>();
        for (CalendarDay day : em.createQuery("select d from CalendarDay d", CalendarDay.class).getResultList()) {
            days.put(day.date(), day.kind());
        }
        calendar = new HolidayCalendar(years, days);
        return calendar;
    }

    public List<CalendarYear> years() {
        return em.createQuery("select y from CalendarYear y order by y.year", CalendarYear.class).getResultList();
    }
}
