package com.servicedesk.reports.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.servicedesk.reports.PdfChecks;
import com.servicedesk.reports.ReportMeta;
import com.servicedesk.reports.Reports;
import com.servicedesk.reports.XlsxBook.Column;
import com.servicedesk.reports.ledger.LedgerReports.Ledger;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The ledgers: every column in the workbook's header and in the landscape PDF, in either language. */
class LedgerReportsTest {

    private static final Instant T = Instant.parse("2026-10-08T02:30:00Z");
    private static final LedgerReports.ComplaintRow COMPLAINT = new LedgerReports.ComplaintRow("TS-20260902-000123",
            Instant.parse("2026-09-02T01:00:00Z"), "BJ01", "CLOSED", "A010302", "B0302", "C1101", "agent",
            Instant.parse("2026-09-17T16:00:00Z"), Instant.parse("2026-09-12T03:00:00Z"), true, 1,
            Instant.parse("2026-09-22T02:00:00Z"), 42L, "李明");

    private static ReportMeta meta(Locale locale) {
        return new ReportMeta("LEDGER-2026-10-08", Ledger.COMPLAINTS.title(locale), "2026-09", "澜海银行", T, locale, false);
    }

    @Test
    void theComplaintLedgerPdfShowsAllFifteenColumns() throws Exception {
        byte[] pdf = LedgerReports.pdf(Ledger.COMPLAINTS, List.of(COMPLAINT), "2026-09-01 – 2026-09-30", meta(Reports.CHINESE));
        PdfChecks.keep("ledger-complaints.pdf", pdf);
        PdfChecks.assertGolden("ledger-complaints", pdf);
        String text = PdfChecks.text(pdf);
        String unwrapped = text.replaceAll("\\s+", "");
        List<Column> columns = LedgerReports.columns(Ledger.COMPLAINTS, Reports.CHINESE);
        assertEquals(15, columns.size());
        for (Column c : columns) {
            assertTrue(unwrapped.contains(c.header()), "column " + c.header() + " in the PDF (headers may wrap)");
        }
        for (String cell : List.of("TS-20260902-000123", "2026-09-18 00:00", "2026-09-12 11:00", "是", "2026-09-22 10:00", "42", "李明", "已办结")) {
            assertTrue(text.contains(cell), cell + " in:\n" + text);
        }
        PdfChecks.assertFontsEmbedded(pdf);
    }

    @Test
    void theLedgerSpeaksTheReportsLanguageInHeadersCodesAndYesNo() throws Exception {
        assertEquals("Decision due", LedgerReports.columns(Ledger.COMPLAINTS, Locale.ENGLISH).get(8).header());
        Object[] cells = LedgerReports.cells(Ledger.COMPLAINTS, COMPLAINT, Reports.bundle(Locale.ENGLISH));
        assertEquals("Closed", cells[3]);
        assertEquals("Yes", cells[10]);
        byte[] pdf = LedgerReports.pdf(Ledger.COMPLAINTS, List.of(COMPLAINT), "2026-09-01 – 2026-09-30", meta(Locale.ENGLISH));
        String text = PdfChecks.text(pdf);
        assertTrue(text.contains("Complaint ledger") && text.contains("In limit") && text.contains("Yes"), text);
    }

    @Test
    void theServiceRequestApplicationAndReturnVisitLedgersShowEveryColumn() throws Exception {
        byte[] requests = LedgerReports.pdf(Ledger.SERVICE_REQUESTS, List.of(new LedgerReports.ServiceRequestRow(
                "FW-20260903-000007", T, "BJ02", "CLOSED", "PHONE", "ACCOUNT", "bj02.agent1", T, T, T, T, 7L, "账户冻结咨询")),
                "2026-10", new ReportMeta("LEDGER-2", Ledger.SERVICE_REQUESTS.title(Reports.CHINESE), "2026-10", "澜海银行", T,
                        Reports.CHINESE, false));
        PdfChecks.keep("ledger-service-requests.pdf", requests);
        PdfChecks.assertGolden("ledger-service-requests", requests);
        byte[] visits = LedgerReports.pdf(Ledger.RETURN_VISITS, List.of(new LedgerReports.ReturnVisitRow("TS-20260902-000123",
                T, "BJ01", "COMPLETED", 1, 5, 4, 4, 5, 9, "agent", "supervisor")), "2026-10",
                new ReportMeta("LEDGER-3", Ledger.RETURN_VISITS.title(Reports.CHINESE), "2026-10", "澜海银行", T, Reports.CHINESE, false));
        PdfChecks.keep("ledger-return-visits.pdf", visits);
        PdfChecks.assertGolden("ledger-return-visits", visits);
        byte[] applications = LedgerReports.pdf(Ledger.APPLICATIONS, List.of(new LedgerReports.ApplicationRow(
                "YW-20260903-000011", T, "BJ01", "UNDER_REVIEW", "CARD_REPLACEMENT", "agent", T, "supervisor", null, null, 9L,
                "王芳")), "2026-10", new ReportMeta("LEDGER-4", Ledger.APPLICATIONS.title(Reports.CHINESE), "2026-10", "澜海银行",
                T, Reports.CHINESE, false));
        PdfChecks.keep("ledger-applications.pdf", applications);
        PdfChecks.assertGolden("ledger-applications", applications);
        assertEquals(12, LedgerReports.columns(Ledger.APPLICATIONS, Reports.CHINESE).size());
        assertEquals(13, LedgerReports.columns(Ledger.SERVICE_REQUESTS, Reports.CHINESE).size());
        assertEquals(12, LedgerReports.columns(Ledger.RETURN_VISITS, Reports.CHINESE).size());
    }
}
