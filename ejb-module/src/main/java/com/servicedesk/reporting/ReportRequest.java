package com.servicedesk.reporting;

import com.servicedesk.shared.InvalidInputException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Locale;

/**
 * What to generate: the type and format, the period (for period reports) or the subject (a complaint
 * or an assessment period), and the language.
 */
public record ReportRequest(ReportType type, ReportFormat format, LocalDate from, LocalDate to, Long subjectId,
                            String subjectRef, Locale locale) {

    public static final int MAX_DAYS = 3 * 366;

    public ReportRequest {
        if (type == null) {
            throw new InvalidInputException("type", "is required");
        }
        if (format == null || !type.formats().contains(format)) {
            throw new InvalidInputException("format", type + " comes as " + type.formats());
        }
        locale = locale == null ? Locale.SIMPLIFIED_CHINESE : locale;
    }

    /** A period report over [from, to], both days included. */
    public static ReportRequest period(ReportType type, ReportFormat format, LocalDate from, LocalDate to, Locale locale) {
        if (from == null || to == null) {
            throw new InvalidInputException("from", "both from and to are required (yyyy-MM-dd)");
        }
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "must not be before from");
        }
        if (to.toEpochDay() - from.toEpochDay() > MAX_DAYS) {
            throw new InvalidInputException("to", "a report covers at most three years");
        }
        return new ReportRequest(type, format, from, to, null, null, locale);
    }

    /** A report about one record (a complaint, an assessment period). */
    public static ReportRequest about(ReportType type, ReportFormat format, long subjectId, String subjectRef,
                                      Locale locale) {
        return new ReportRequest(type, format, null, null, subjectId, subjectRef, locale);
    }

    /** "2026Q3" for a whole quarter, "2026-10" for a whole month, else "20260701-20260930"; the subject otherwise. */
    public String periodLabel() {
        if (from == null) {
            return subjectRef;
        }
        YearMonth first = YearMonth.from(from);
        if (from.equals(first.atDay(1)) && to.equals(first.atEndOfMonth())) {
            return first.toString();
        }
        int quarter = from.get(IsoFields.QUARTER_OF_YEAR);
        if (from.getMonthValue() == (quarter - 1) * 3 + 1 && from.getDayOfMonth() == 1 && to.getYear() == from.getYear()
                && to.equals(YearMonth.of(from.getYear(), quarter * 3).atEndOfMonth())) {
            return from.getYear() + "Q" + quarter;
        }
        return from.toString().replace("-", "") + "-" + to.toString().replace("-", "");
    }

    public boolean english() {
        return "en".equals(locale.getLanguage());
    }

    /** 投诉统计报告_2026Q3.pdf */
    public String fileName() {
        return (english() ? type.nameEn().replace(' ', '_') : type.fileZh()) + "_" + periodLabel() + "." + format.extension();
    }
}
