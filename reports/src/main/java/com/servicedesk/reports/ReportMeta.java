package com.servicedesk.reports;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * What every report carries besides its content: its number, title and subject (report type and
 * period), the bank as author, when it was generated, its language, and whether it is kept by a
 * regulator (then the PDF is PDF/A-1b).
 */
public record ReportMeta(String reportNumber, String title, String subject, String author, Instant generatedAt,
                         Locale locale, boolean archival) {

    public ReportMeta {
        Objects.requireNonNull(reportNumber);
        Objects.requireNonNull(title);
        Objects.requireNonNull(generatedAt);
        locale = locale == null ? Reports.CHINESE : locale;
    }
}
