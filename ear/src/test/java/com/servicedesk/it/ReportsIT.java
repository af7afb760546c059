package com.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reports from the real server over the demo data: the files, their names and digests, the figures
 * against the database, the archive that never overwrites, and who may have which report.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportsIT {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.servicedesk();
    }

    @ArquillianResource
    private URL context;

    private ApiClient api;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void setUp() {
        api = new ApiClient(context);
    }

    record FileReply(int status, String contentType, String disposition, String number, String sha256, byte[] body) {
    }

    FileReply download(String user, String path) throws Exception {
        HttpResponse<byte[]> r = http.send(ApiClient.request(user, api.api(path)).header("Accept", "*/*").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return new FileReply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                r.headers().firstValue("Content-Disposition").orElse(""), r.headers().firstValue("X-Report-Number").orElse(""),
                r.headers().firstValue("X-Content-SHA256").orElse(""), r.body());
    }

    /** Keeps a file under target/reports to be looked at. */
    static void keep(String name, byte[] content) throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Path.of("target", "reports");
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.write(dir.resolve(name), content);
    }

    static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void complaintStatisticsArePdfAWithTheDatabasesFiguresAndAreArchivedNeverOverwritten() throws Exception {
        YearMonth last = YearMonth.now(BEIJING).minusMonths(1);
        LocalDate from = last.minusMonths(2).atDay(1);
        LocalDate to = last.atEndOfMonth();
        String path = "reports/complaint-statistics?from=" + from + "&to=" + to + "&format=pdf";
        FileReply first = download("manager", path);
        assertEquals(200, first.status(), new String(first.body()));
        assertEquals("application/pdf", first.contentType());
        assertTrue(first.disposition().contains("filename*=UTF-8''%E6%8A%95%E8%AF%89%E7%BB%9F%E8%AE%A1%E6%8A%A5%E5%91%8A_"),
                first.disposition());
        assertEquals(sha256(first.body()), first.sha256(), "the digest header is the body's");
        assertTrue(first.number().matches("RPT-CS-\\d{8}-\\d{6}"), first.number());

        long received = Database.count("select count(*) from complaint where received_at >= ? and received_at < ?",
                Timestamp.from(from.atStartOfDay(BEIJING).toInstant()), Timestamp.from(to.plusDays(1).atStartOfDay(BEIJING).toInstant()));
        assertTrue(received > 0, "the demo data has complaints in " + from + " - " + to);
        keep("complaint-statistics.pdf", first.body());
        String text = pdfText(first.body());
        assertTrue(text.contains("消费投诉统计报告") && text.contains("按投诉原因（C 类）"), text);
        assertTrue(text.contains(String.format("%,d", received)), "received " + received + " in:\n" + text);
        assertTrue(text.contains(first.number()), "the report number is printed");
        ReportChecks.assertPdfA1b(first.body());

        FileReply second = download("manager", path);
        assertNotEquals(first.number(), second.number(), "a second generation is a new report");
        List<JsonObject> archive = api.get("manager", "reports/archive?type=COMPLAINT_STATISTICS&size=500").json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        JsonObject firstEntry = archive.stream().filter(a -> a.getString("reportNumber").equals(first.number()))
                .findFirst().orElseThrow();
        assertEquals(first.sha256(), firstEntry.getString("sha256"));
        FileReply again = download("manager", "reports/archive/" + firstEntry.getJsonNumber("id").longValue() + "/content");
        assertEquals(first.sha256(), sha256(again.body()), "the archived bytes are the ones first submitted");
        assertEquals(1, Database.count("select count(*) from audit_entry where chain_key = ? and action = 'GENERATE'",
                "Report:" + first.number()));
    }

    @Test
    void theWorkbookHasTheSameFiguresTypedAndTheRolesAreEnforced() throws Exception {
        LocalDate to = LocalDate.now(BEIJING);
        LocalDate from = to.minusMonths(5).withDayOfMonth(1);
        FileReply xlsx = download("auditor", "reports/complaint-statistics?from=" + from + "&to=" + to + "&format=xlsx");
        assertEquals(200, xlsx.status(), new String(xlsx.body()));
        assertTrue(xlsx.disposition().contains(".xlsx"));
        long received = Database.count("select count(*) from complaint where received_at >= ? and received_at < ?",
                Timestamp.from(from.atStartOfDay(BEIJING).toInstant()), Timestamp.from(to.plusDays(1).atStartOfDay(BEIJING).toInstant()));
        Timestamp start = Timestamp.from(from.atStartOfDay(BEIJING).toInstant());
        Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(BEIJING).toInstant());
        String inPeriod = " from complaint where received_at >= ? and received_at < ?";
        java.util.Map<String, Double> expected = new java.util.LinkedHashMap<>();
        expected.put("接收投诉", (double) received);
        expected.put("撤回投诉", (double) Database.count("select count(*)" + inPeriod + " and status = 'WITHDRAWN'", start, end));
        expected.put("合并处理", (double) Database.count("select count(*)" + inPeriod + " and status = 'MERGED'", start, end));
        expected.put("监管转办投诉", (double) Database.count("select count(*)" + inPeriod + " and regulator_reference is not null",
                start, end));
        expected.put("承诺补救措施", (double) Database.count("select count(*)" + inPeriod + " and responded_at is not null"
                + " and remedy_type is not null and remedy_type <> 'NONE'", start, end));
        long days = java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
        expected.put("上期接收投诉", (double) Database.count("select count(*)" + inPeriod,
                Timestamp.from(from.minusDays(days).atStartOfDay(BEIJING).toInstant()), start));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertEquals((double) received, book.getSheet("概要").getRow(2).getCell(1).getNumericCellValue());
            java.util.Map<String, Double> summary = new java.util.HashMap<>();
            for (org.apache.poi.ss.usermodel.Row row : book.getSheet("概要")) {
                if (row.getRowNum() >= 2 && row.getCell(1) != null
                        && row.getCell(1).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                    summary.put(row.getCell(0).getStringCellValue(), row.getCell(1).getNumericCellValue());
                }
            }
            expected.forEach((figure, count) -> assertEquals(count, summary.get(figure), figure + " in " + summary));
            assertTrue(expected.get("撤回投诉") > 0 && expected.get("监管转办投诉") > 0, "the demo data has both: " + expected);
        }
        assertEquals(403, download("agent", "reports/complaint-statistics?from=" + from + "&to=" + to).status());
        assertEquals(400, download("manager", "reports/complaint-statistics?from=" + to + "&to=" + from).status());
        assertEquals(400, download("manager", "reports/complaint-statistics?from=" + from + "&to=" + to + "&format=doc").status());
    }

    @Test
    void theRegulatorsExportHasOneRowPerComplaintWithItsCodesAndNoPersonalData() throws Exception {
        LocalDate to = LocalDate.now(BEIJING);
        LocalDate from = to.minusMonths(2);
        Timestamp start = Timestamp.from(from.atStartOfDay(BEIJING).toInstant());
        Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(BEIJING).toInstant());
        long received = Database.count("select count(*) from complaint where received_at >= ? and received_at < ?", start, end);
        FileReply csv = download("auditor", "reports/complaint-export?from=" + from + "&to=" + to);
        assertEquals(200, csv.status(), new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        assertTrue(csv.disposition().contains(".csv"), csv.disposition());
        keep("complaint-export.csv", csv.body());
        List<String> lines = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        assertTrue(lines.get(0).startsWith("reference,received_at,branch_code,region_code,channel_code,business_category,cause,"),
                lines.get(0));
        assertEquals(received, lines.size() - 1, "one row per complaint received in the period (the auditor sees every branch)");
        String transferred = (String) Database.query("select reference from complaint where regulator_reference is not null"
                + " and received_at >= ? and received_at < ? order by id", start, end).get(0).get("reference");
        String row = lines.stream().filter(l -> l.startsWith(transferred + ",")).findFirst().orElseThrow();
        assertTrue(row.contains(",A0199,") && row.contains("京金监转"), row);
        String customerName = (String) Database.query("select k.name from complaint c join customer k on k.id = c.customer_id"
                + " where c.reference = ?", transferred).get(0).get("name");
        assertFalse(lines.stream().anyMatch(l -> l.contains(customerName)), "no customer is named");

        FileReply xlsx = download("manager", "reports/complaint-export?from=" + from + "&to=" + to + "&format=xlsx");
        assertEquals(200, xlsx.status());
        long managers = Database.count("select count(*) from complaint where received_at >= ? and received_at < ?"
                + " and branch_code in (select code from branch where region_code = (select region_code from app_user"
                + " where username = 'manager'))", start, end);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertEquals(managers + 1, book.getSheet("complaints").getLastRowNum(), "title, header and the manager's region's rows");
        }
        assertEquals(403, download("agent", "reports/complaint-export?from=" + from + "&to=" + to).status());
        assertEquals(403, download("supervisor", "reports/complaint-export?from=" + from + "&to=" + to).status());
        assertEquals(400, download("manager", "reports/complaint-export?from=" + from + "&to=" + to + "&format=pdf").status());
        assertEquals(400, download("manager", "reports/complaint-export?from=" + to + "&to=" + from).status());
        assertTrue(Database.count("select count(*) from audit_entry where action = 'EXPORT' and chain_key like 'ComplaintExport:%'") >= 2);
    }

    @Test
    void theAssessmentReportAndWorkbookComeFromAComputedPeriod() throws Exception {
        JsonObject period = api.get("manager", "assessment-periods").array().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("status").equals("APPROVED")).findFirst().orElseThrow();
        long id = period.getJsonNumber("id").longValue();
        FileReply pdf = download("manager", "reports/assessment/" + id);
        assertEquals(200, pdf.status(), new String(pdf.body()));
        keep("assessment.pdf", pdf.body());
        String text = pdfText(pdf.body());
        assertTrue(text.contains("服务考核评估报告") && text.contains(period.getString("label")) && text.contains("网点考核结果")
                && text.contains("签发"), text);
        List<JsonObject> branches = api.get("manager", "assessment-periods/" + id + "/results?type=BRANCH").array()
                .getValuesAs(JsonObject.class);
        assertTrue(text.contains(branches.get(0).getJsonNumber("total").bigDecimalValue().toPlainString()), "the first branch's total");
        ReportChecks.assertPdfA1b(pdf.body());
        assertTrue(pdf.disposition().contains(java.net.URLEncoder.encode("服务考核评估报告_" + period.getString("label"),
                java.nio.charset.StandardCharsets.UTF_8)), pdf.disposition());

        FileReply xlsx = download("manager", "reports/assessment/" + id + "?format=xlsx");
        assertEquals(200, xlsx.status());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertEquals(4, book.getNumberOfSheets());
            var sheet = book.getSheet("网点");
            var evaluator = book.getCreationHelper().createFormulaEvaluator();
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                double stored = sheet.getRow(r).getCell(11).getNumericCellValue();
                double recomputed = evaluator.evaluate(sheet.getRow(r).getCell(12)).getNumberValue();
                assertEquals(stored, recomputed, 0.011, "the formula recomputes the system's total in row " + (r + 1));
            }
        }
        assertEquals(403, download("supervisor", "reports/assessment/" + id).status());
    }

    @Test
    void theCaseRecordTheSecurityAuditAndTheServiceQualityReports() throws Exception {
        long complaint = Database.count("select min(id) from complaint where status = 'CLOSED' and branch_code = 'BJ01'");
        FileReply record = download("supervisor", "complaints/" + complaint + "/record.pdf");
        assertEquals(200, record.status(), new String(record.body()));
        keep("case-record.pdf", record.body());
        String reference = (String) Database.query("select reference from complaint where id = ?", complaint).get(0).get("reference");
        String text = pdfText(record.body());
        assertTrue(text.contains("单笔投诉处理记录") && text.contains(reference) && text.contains("处理过程（审计记录）"), text);
        ReportChecks.assertPdfA1b(record.body());
        long foreign = Database.count("select min(id) from complaint where branch_code = 'SH01'");
        assertEquals(404, download("supervisor", "complaints/" + foreign + "/record.pdf").status(), "not one of the supervisor's");

        LocalDate to = LocalDate.now(BEIJING);
        LocalDate from = to.minusMonths(3);
        FileReply audit = download("auditor", "reports/security-audit?from=" + from + "&to=" + to);
        assertEquals(200, audit.status(), new String(audit.body()));
        keep("security-audit.pdf", audit.body());
        String auditText = pdfText(audit.body());
        assertTrue(auditText.contains("信息安全审计报告") && auditText.contains("审计链校验") && auditText.contains("信息安全培训完成情况"),
                auditText);
        ReportChecks.assertPdfA1b(audit.body());
        assertEquals(403, download("manager", "reports/security-audit?from=" + from + "&to=" + to).status());

        FileReply quality = download("supervisor", "reports/service-quality?from=" + from + "&to=" + to);
        assertEquals(200, quality.status(), new String(quality.body()));
        keep("service-quality.pdf", quality.body());
        assertTrue(pdfText(quality.body()).contains("响应速度"));
    }

    @Test
    void theArchiveIsPagedOverTheReportsTheCallerMayReadOnly() throws Exception {
        LocalDate to = LocalDate.now(BEIJING);
        LocalDate from = to.minusMonths(1);
        for (int i = 0; i < 3; i++) {
            assertEquals(200, download("supervisor", "reports/service-quality?from=" + from + "&to=" + to).status());
        }
        assertEquals(200, download("manager", "reports/complaint-statistics?from=" + from + "&to=" + to
                + "&format=xlsx").status(), "a report the supervisor may not read, archived among theirs");
        long readable = Database.count("select count(*) from report_archive where report_type in"
                + " ('SERVICE_QUALITY', 'COMPLAINT_RECORD')");
        JsonObject page = api.get("supervisor", "reports/archive?size=2").json();
        assertEquals(readable, page.getJsonNumber("total").longValue(), "the total counts only what they may read");
        assertEquals(2, page.getJsonArray("items").size(), "a full page, not one thinned after paging");
        page.getJsonArray("items").getValuesAs(JsonObject.class).forEach(a -> assertTrue(
                Set.of("SERVICE_QUALITY", "COMPLAINT_RECORD").contains(a.getString("type")), a.toString()));
        assertEquals(0, api.get("supervisor", "reports/archive?type=SECURITY_AUDIT").json()
                .getJsonNumber("total").longValue());
    }

    @Test
    void ledgersStreamTypedRowsWithoutClearPersonalDataAndAReportCanRunInTheBackground() throws Exception {
        LocalDate to = LocalDate.now(BEIJING);
        LocalDate from = to.minusMonths(6);
        FileReply ledger = download("auditor", "reports/ledgers/complaints?from=" + from + "&to=" + to);
        assertEquals(200, ledger.status(), new String(ledger.body()));
        long rows = Database.count("select count(*) from complaint where received_at >= ? and received_at < ?",
                Timestamp.from(from.atStartOfDay(BEIJING).toInstant()), Timestamp.from(to.plusDays(1).atStartOfDay(BEIJING).toInstant()));
        keep("complaint-ledger.xlsx", ledger.body());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(ledger.body()))) {
            var sheet = book.getSheetAt(0);
            assertEquals(rows, sheet.getLastRowNum() - 1, "one row per complaint");
            assertEquals(org.apache.poi.ss.usermodel.CellType.NUMERIC, sheet.getRow(2).getCell(1).getCellType(), "dates are dates");
            java.util.regex.Pattern identity = java.util.regex.Pattern.compile("\\d{17}[\\dX]|1[3-9]\\d{9}");
            for (var row : sheet) {
                for (var cell : row) {
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                        assertTrue(!identity.matcher(cell.getStringCellValue()).find(), "clear personal data: " + cell);
                    }
                }
            }
        }
        FileReply pdf = download("supervisor", "reports/ledgers/service-requests?from=" + to.minusDays(7) + "&to=" + to + "&format=pdf");
        assertEquals(200, pdf.status(), new String(pdf.body()));
        assertTrue(pdfText(pdf.body()).contains("服务请求台账"));

        ApiClient.Reply started = api.post("manager", "reports/jobs", "{\"type\":\"COMPLAINT_STATISTICS\",\"format\":\"XLSX\","
                + "\"from\":\"" + from + "\",\"to\":\"" + to + "\"}");
        assertEquals(202, started.status(), started.body());
        URI location = URI.create(started.header("Location").orElseThrow());
        JsonObject job = started.json();
        for (int i = 0; i < 100 && job.getString("state").equals("RUNNING"); i++) {
            Thread.sleep(200);
            job = api.send(ApiClient.request("manager", location).GET().build()).json();
        }
        assertEquals("SUCCEEDED", job.getString("state"), job.toString());
        assertEquals(100, job.getInt("percent"));
        FileReply archived = download("manager", job.getString("resultRef").substring(1) + "/content");
        assertEquals(200, archived.status());
        assertTrue(job.getString("message").contains(sha256(archived.body())), "the job names the digest of what it archived");
        assertEquals(404, api.send(ApiClient.request("auditor", location).GET().build()).status(), "a job is its requester's");
    }
}
