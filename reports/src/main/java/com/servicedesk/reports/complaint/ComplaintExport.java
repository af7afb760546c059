package com.servicedesk.reports.complaint;

import com.servicedesk.reports.Reports;
import com.servicedesk.reports.XlsxBook;
import com.servicedesk.reports.XlsxBook.Column;
import com.servicedesk.reports.XlsxBook.Kind;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The complaints of a period, one row each with their JR/T 0169 codes, for the regulator's own
 * systems: CSV (UTF-8, RFC 4180, a header of the field names) or a workbook with the same columns.
 * No personal data: the customer is not named; a representative appears by relation only. The fields
 * are documented in README ("The regulator's export").
 */
public final class ComplaintExport {

    /** One complaint; times are instants (written as ISO-8601 in Beijing time), codes as classified. */
    public record Row(String reference, Instant receivedAt, String branchCode, String regionCode, String channelCode,
                      String businessCategory, String cause, String severity, String status, String regulatorReference,
                      LocalDate transferredOn, Instant acceptedAt, Instant decisionDueAt, Integer extensionLevel,
                      Instant respondedAt, Boolean toldWithinLimit, String remedyType, BigDecimal remedyAmount,
                      Instant withdrawnAt, String mergedInto, String relatedTo, String repeatOf,
                      String representativeRelation, Long reviews, Long adrOutcomes, Instant closedAt) {

        List<Object> values() {
            return Arrays.asList(reference, receivedAt, branchCode, regionCode, channelCode, businessCategory, cause,
                    severity, status, regulatorReference, transferredOn, acceptedAt, decisionDueAt, extensionLevel,
                    respondedAt, toldWithinLimit, remedyType, remedyAmount, withdrawnAt, mergedInto, relatedTo, repeatOf,
                    representativeRelation, reviews, adrOutcomes, closedAt);
        }
    }

    /** The header: the fields in order, the names README documents. */
    public static final List<Column> COLUMNS = List.of(
            new Column("reference", Kind.TEXT, 20), new Column("received_at", Kind.DATETIME, 18),
            new Column("branch_code", Kind.TEXT), new Column("region_code", Kind.TEXT), new Column("channel_code", Kind.TEXT),
            new Column("business_category", Kind.TEXT), new Column("cause", Kind.TEXT), new Column("severity", Kind.TEXT),
            new Column("status", Kind.TEXT, 12), new Column("regulator_reference", Kind.TEXT, 18),
            new Column("transferred_on", Kind.DATE), new Column("accepted_at", Kind.DATETIME, 18),
            new Column("decision_due_at", Kind.DATETIME, 18), new Column("extension_level", Kind.INTEGER),
            new Column("responded_at", Kind.DATETIME, 18), new Column("told_within_limit", Kind.TEXT),
            new Column("remedy_type", Kind.TEXT), new Column("remedy_amount_cny", Kind.DECIMAL),
            new Column("withdrawn_at", Kind.DATETIME, 18), new Column("merged_into", Kind.TEXT, 20),
            new Column("related_to", Kind.TEXT, 20), new Column("repeat_of", Kind.TEXT, 20),
            new Column("representative_relation", Kind.TEXT), new Column("reviews", Kind.INTEGER),
            new Column("adr_outcomes", Kind.INTEGER), new Column("closed_at", Kind.DATETIME, 18));

    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(Reports.ZONE);

    private ComplaintExport() {
    }

    /** Writes the rows as CSV as they are read; returns how many. */
    public static long csv(Stream<Row> rows, OutputStream out) {
        String[] header = COLUMNS.stream().map(Column::header).toArray(String[]::new);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        long[] count = {0};
        try (CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(header).get().print(writer)) {
            rows.forEach(row -> {
                try {
                    printer.printRecord(row.values().stream().map(ComplaintExport::text).toList());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                count[0]++;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count[0];
    }

    /** Writes the rows as a workbook of one sheet, the same columns typed; returns how many. */
    public static long xlsx(Stream<Row> rows, String title, OutputStream out) {
        try (XlsxBook book = new XlsxBook()) {
            XlsxBook.Table sheet = book.sheet("complaints", title, COLUMNS);
            long[] count = {0};
            rows.forEach(row -> {
                List<Object> cells = new ArrayList<>(row.values());
                cells.replaceAll(v -> v instanceof Boolean b ? text(b) : v);
                sheet.row(cells.toArray());
                count[0]++;
            });
            book.write(out);
            return count[0];
        }
    }

    /** A value as the CSV writes it: instants in ISO-8601 with the Beijing offset, booleans as Y or N, nothing as empty. */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Instant i) {
            return TIME.format(i);
        }
        if (value instanceof Boolean b) {
            return b ? "Y" : "N";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return value.toString();
    }
}
