package com.servicedesk.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the days of a year's arrangement from text an administrator pastes: the State Council's
 * notice as published ("二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，
 * 共9天。2月14日（周六）、2月28日（周六）上班。"), or one day per line ("2027-02-06 WORKING 春节调休上班").
 * It only reads; what it read is checked by {@link ArrangementRules} and shown before anyone proposes
 * it. Lines it cannot read are returned, never dropped silently.
 */
public final class HolidayNoticeParser {

    /** What the text gave: the days in the order read, and the lines not understood. */
    public record Parsed(List<ProposedDay> days, List<String> unrecognised) {
    }

    /** "一、元旦：…" — an item of the notice: its holiday and what follows. */
    private static final Pattern ITEM = Pattern.compile("^\\s*[一二三四五六七八九十]+\\s*[、.．]\\s*([^：:]+)[：:](.*)$");
    /** "2月15日（…）", "2026年2月15日", or "23日" after a range's start: year and month are optional. */
    private static final Pattern DATE = Pattern.compile("(?:(\\d{4})年)?(?:(\\d{1,2})月)?(\\d{1,2})日(?:[（(][^）)]*[）)])?");
    private static final Pattern RANGE = Pattern.compile(DATE.pattern() + "\\s*(?:至|—|-|–|~)\\s*" + DATE.pattern());
    /** "2027-02-06 WORKING 春节调休上班", with spaces, tabs, commas or semicolons between. */
    private static final Pattern LINE = Pattern.compile(
            "^\\s*(\\d{4}-\\d{1,2}-\\d{1,2})\\s*[,，;；\\t ]\\s*([A-Za-z]+|放假|休|上班|班)\\s*(?:[,，;；\\t ]\\s*(.*?))?\\s*$");

    private HolidayNoticeParser() {
    }

    public static Parsed parse(int year, String text) {
        List<ProposedDay> days = new ArrayList<>();
        List<String> unrecognised = new ArrayList<>();
        if (text == null) {
            return new Parsed(days, unrecognised);
        }
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty() || isPreamble(line)) {
                continue;
            }
            Matcher item = ITEM.matcher(line);
            Matcher plain = LINE.matcher(line);
            int before = days.size();
            if (item.matches()) {
                readItem(year, item.group(1).strip(), item.group(2), days);
            } else if (plain.matches()) {
                days.add(plainDay(plain));
            }
            if (days.size() == before) {
                unrecognised.add(line);
            }
        }
        return new Parsed(days, unrecognised);
    }

    /** The notice's heading, salutation and closing lines, which name no days. */
    private static boolean isPreamble(String line) {
        return !line.matches(".*\\d.*") || line.contains("通知") || line.startsWith("国办") || line.startsWith("各省")
                || line.matches("^\\d{4}年\\d{1,2}月\\d{1,2}日$");
    }

    private static ProposedDay plainDay(Matcher m) {
        String[] ymd = m.group(1).split("-");
        String date = String.format(Locale.ROOT, "%s-%02d-%02d", ymd[0], Integer.parseInt(ymd[1]), Integer.parseInt(ymd[2]));
        String kind = switch (m.group(2)) {
            case "放假", "休" -> DayKind.OFF.name();
            case "上班", "班" -> DayKind.WORKING.name();
            default -> m.group(2).toUpperCase(Locale.ROOT);
        };
        String name = m.group(3) == null ? "" : m.group(3);
        return new ProposedDay(date, kind, name, HolidayNames.english(name.replace("调休上班", "")));
    }

    /** One holiday's clauses: "…至…放假…" gives rest days, "…、…上班" the weekend days worked. */
    private static void readItem(int year, String holiday, String rest, List<ProposedDay> days) {
        String english = HolidayNames.english(holiday);
        for (String clause : rest.split("[。；;，,]")) {
            if (clause.contains("放假")) {
                Matcher range = RANGE.matcher(clause);
                if (range.find()) {
                    LocalDate start = date(year, range.group(1), range.group(2), range.group(3), null);
                    LocalDate end = start == null ? null : date(year, range.group(4), range.group(5), range.group(6), start);
                    for (LocalDate d = start; d != null && end != null && !d.isAfter(end); d = d.plusDays(1)) {
                        days.add(new ProposedDay(d.toString(), DayKind.OFF.name(), holiday, english));
                    }
                } else {
                    Matcher single = DATE.matcher(clause);
                    if (single.find()) {
                        LocalDate d = date(year, single.group(1), single.group(2), single.group(3), null);
                        if (d != null) {
                            days.add(new ProposedDay(d.toString(), DayKind.OFF.name(), holiday, english));
                        }
                    }
                }
            } else if (clause.contains("上班")) {
                Matcher worked = DATE.matcher(clause);
                while (worked.find()) {
                    LocalDate d = date(year, worked.group(1), worked.group(2), worked.group(3), null);
                    if (d != null) {
                        days.add(new ProposedDay(d.toString(), DayKind.WORKING.name(), holiday + "调休上班",
                                english == null ? null : english + " (adjusted working day)"));
                    }
                }
            }
        }
    }

    /** A date of the notice; a range's end without a month takes the start's month (and year). */
    private static LocalDate date(int year, String y, String month, String day, LocalDate start) {
        try {
            int yy = y != null ? Integer.parseInt(y) : start != null ? start.getYear() : year;
            if (month == null && start == null) {
                return null;
            }
            int mm = month != null ? Integer.parseInt(month) : start.getMonthValue();
            LocalDate d = LocalDate.of(yy, mm, Integer.parseInt(day));
            // a range over New Year ("12月31日至1月2日") ends in the next year
            return start != null && d.isBefore(start) && y == null ? d.plusYears(1) : d;
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
