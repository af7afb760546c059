package com.servicedesk.reports.ledger;

import com.servicedesk.reports.PdfRenderer;
import com.servicedesk.reports.ReportMeta;
import com.servicedesk.reports.Reports;
import com.servicedesk.reports.XlsxBook.Column;
import com.servicedesk.reports.XlsxBook.Kind;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The ledgers (台账): a row record per ledger, whose components are the columns in order, headed in the
 * report's language. The same rows fill the streamed workbook and, up to its limit, the landscape PDF
 * of the ledger's own template, every column in both.
 */
public final class LedgerReports {

    /** A complaint as its ledger lists it. */
    public record ComplaintRow(String reference, Instant receivedAt, String branch, String status, String channelCode,
                               String businessCategory, String cause, String assignee, Instant decisionDueAt,
                               Instant respondedAt, Boolean decidedWithinLimit, Integer extensionLevel, Instant closedAt,
                               Long customerId, String customer) {
    }

    /** A service request as its ledger lists it. */
    public record ServiceRequestRow(String reference, Instant receivedAt, String branch, String status, String channel,
                                    String category, String assignee, Instant firstResponseDueAt, Instant acceptedAt,
                                    Instant respondedAt, Instant closedAt, Long customerId, String subject) {
    }

    /** A business application as its ledger lists it. */
    public record ApplicationRow(String reference, Instant createdAt, String branch, String status, String type,
                                 String createdBy, Instant submittedAt, String reviewer, Instant reviewedAt,
                                 Instant completedAt, Long customerId, String customer) {
    }

    /** A return visit as its ledger lists it. */
    public record ReturnVisitRow(String sourceRef, Instant completedAt, String branch, String status, Integer attempts,
                                 Integer speed, Integer professionalism, Integer personalisation, Integer overall, Integer nps,
                                 String visitedBy, String handledBy) {
    }

    /** The ledgers there are: their row, template, the bundle's key prefix, and the codes their cells translate. */
    public enum Ledger {
        COMPLAINTS(ComplaintRow.class, "ledger-complaints", "ledger.c.", Map.of("status", "complaintStatus.")),
        SERVICE_REQUESTS(ServiceRequestRow.class, "ledger-service-requests", "ledger.s.",
                Map.of("status", "serviceRequestStatus.", "channel", "channel.")),
        RETURN_VISITS(ReturnVisitRow.class, "ledger-return-visits", "ledger.v.", Map.of("status", "returnVisitStatus.")),
        APPLICATIONS(ApplicationRow.class, "ledger-applications", "ledger.a.", Map.of("status", "applicationStatus."));

        private final Class<? extends Record> row;
        private final String template;
        private final String keys;
        private final Map<String, String> codes;

        Ledger(Class<? extends Record> row, String template, String keys, Map<String, String> codes) {
            this.row = row;
            this.template = template;
            this.keys = keys;
            this.codes = codes;
        }

        /** The ledger's title in a language. */
        public String title(Locale locale) {
            return Reports.bundle(locale).getString(keys + "title");
        }
    }

    private LedgerReports() {
    }

    /** The workbook's columns: one per component of the ledger's row, headed in the language. */
    public static List<Column> columns(Ledger ledger, Locale locale) {
        ResourceBundle t = Reports.bundle(locale);
        List<Column> columns = new ArrayList<>();
        for (RecordComponent c : ledger.row.getRecordComponents()) {
            Class<?> type = c.getType();
            Kind kind = type == Instant.class ? Kind.DATETIME
                    : type == Integer.class || type == Long.class ? Kind.INTEGER : Kind.TEXT;
            int width = kind == Kind.DATETIME ? 17 : kind == Kind.INTEGER ? 9 : c.getName().matches("reference|sourceRef|subject|customer|type") ? 20 : 12;
            columns.add(new Column(t.getString(ledger.keys + c.getName()), kind, width));
        }
        return columns;
    }

    /** A row's cells for the workbook: codes as their labels, yes and no in the language. */
    public static Object[] cells(Ledger ledger, Record row, ResourceBundle texts) {
        RecordComponent[] components = row.getClass().getRecordComponents();
        Object[] cells = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            Object value;
            try {
                value = components[i].getAccessor().invoke(row);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + components[i], e);
            }
            String prefix = ledger.codes.get(components[i].getName());
            if (prefix != null && value instanceof String code) {
                value = Reports.label(texts, prefix, code);
            } else if (value instanceof Boolean b) {
                value = texts.getString(b ? "common.yes" : "common.no");
            }
            cells[i] = value;
        }
        return cells;
    }

    /** The ledger as a landscape PDF of its own template, every column. */
    public static byte[] pdf(Ledger ledger, List<? extends Record> rows, String subtitle, ReportMeta meta) {
        return PdfRenderer.render(ledger.template, Map.of("Subtitle", subtitle), rows, meta);
    }
}
