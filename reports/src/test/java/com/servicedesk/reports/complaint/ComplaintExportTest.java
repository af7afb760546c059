package com.servicedesk.reports.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The regulator's export read back as a CSV parser and a spreadsheet would read it. */
class ComplaintExportTest {

    private static final ComplaintExport.Row TRANSFERRED = new ComplaintExport.Row("TS-20261130-000042",
            Instant.parse("2026-11-30T01:15:00Z"), "BJ01", "110101", "A0199", "B0302", "C1101", "HIGH", "CLOSED",
            "京金监转〔2026〕118号", LocalDate.of(2026, 11, 29), Instant.parse("2026-11-30T03:00:00Z"),
            Instant.parse("2026-12-15T16:00:00Z"), 0, Instant.parse("2026-12-08T06:00:00Z"), true, "REFUND",
            new BigDecimal("300.00"), null, null, null, null, "AGENT", 1L, 0L, Instant.parse("2026-12-10T02:00:00Z"));
    private static final ComplaintExport.Row WITHDRAWN = new ComplaintExport.Row("TS-20261201-000007",
            Instant.parse("2026-12-01T02:00:00Z"), "SH01", "310115", "A010302", "B0701", "C0101", "MEDIUM", "WITHDRAWN",
            null, null, null, Instant.parse("2026-12-16T16:00:00Z"), 0, null, null, null, null,
            Instant.parse("2026-12-02T02:00:00Z"), null, null, "TS-20261130-000042", null, 0L, 0L, null);

    @Test
    void theCsvIsUtf8WithAHeaderOfTheDocumentedFieldsAndOneRowPerComplaint() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(2, ComplaintExport.csv(Stream.of(TRANSFERRED, WITHDRAWN), out));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("reference,received_at,branch_code,region_code,channel_code,"
                + "business_category,cause,severity,status,regulator_reference,"), "no byte-order mark, the header first");
        try (Reader in = new InputStreamReader(new ByteArrayInputStream(out.toByteArray()), StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            assertEquals(ComplaintExport.COLUMNS.size(), parser.getHeaderNames().size());
            List<CSVRecord> rows = parser.getRecords();
            assertEquals(2, rows.size());
            CSVRecord first = rows.get(0);
            assertEquals("2026-11-30T09:15:00+08:00", first.get("received_at"), "Beijing time with its offset");
            assertEquals("京金监转〔2026〕118号", first.get("regulator_reference"));
            assertEquals("2026-11-29", first.get("transferred_on"));
            assertEquals("Y", first.get("told_within_limit"));
            assertEquals("300.00", first.get("remedy_amount_cny"));
            assertEquals("AGENT", first.get("representative_relation"));
            CSVRecord second = rows.get(1);
            assertEquals("WITHDRAWN", second.get("status"));
            assertEquals("", second.get("responded_at"));
            assertEquals("TS-20261130-000042", second.get("repeat_of"));
        }
    }

    @Test
    void theWorkbookHasTheSameColumnsTyped() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ComplaintExport.xlsx(Stream.of(TRANSFERRED, WITHDRAWN), "Complaints 2026-11", out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = book.getSheet("complaints");
            assertEquals("reference", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals("TS-20261130-000042", sheet.getRow(2).getCell(0).getStringCellValue());
            assertEquals(300.0, sheet.getRow(2).getCell(17).getNumericCellValue());
            assertEquals(3, sheet.getLastRowNum(), "title, header and two rows");
        }
    }
}
