package com.servicedesk.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The holiday calendar exactly as the migration loads it, read from the migration's SQL, so that
 * the deadline tests check the rules against the data the server really uses.
 */
public final class MigratedCalendar {

    private static final Pattern YEAR = Pattern.compile("insert into holiday_calendar_year .* values \\((\\d{4}),");
    private static final Pattern DAY = Pattern.compile("\\(date '(\\d{4}-\\d\\d-\\d\\d)', \\d{4}, '(OFF|WORKING)'");

    private MigratedCalendar() {
    }

    public static HolidayCalendar load() {
        Set<Integer> years = new HashSet<>();
        Matcher y = YEAR.matcher(sql());
        while (y.find()) {
            years.add(Integer.parseInt(y.group(1)));
        }
        return new HolidayCalendar(years, days(null));
    }

    /** The days the migration lists for a year (every year when null). */
    public static Map<LocalDate, DayKind> days(Integer year) {
        Map<LocalDate, DayKind> days = new HashMap<>();
        Matcher d = DAY.matcher(sql());
        while (d.find()) {
            LocalDate date = LocalDate.parse(d.group(1));
            if (year == null || date.getYear() == year) {
                days.put(date, DayKind.valueOf(d.group(2)));
            }
        }
        return days;
    }

    private static String sql() {
        String sql;
        try (InputStream in = MigratedCalendar.class.getResourceAsStream("/db/migration/V5__holiday_calendar_2025_2026.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return sql;
    }
}
