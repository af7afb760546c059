package com.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
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
 * Retention: a dry run counts what a real run then does; a held case survives; an anonymised complaint
 * keeps its place in the statistics; the audit chain verifies afterwards and keeps a destroyed file's
 * digest; the proof of destruction is archived; policies need a second administrator; and the customer's
 * rights: a copy with every value clear, released by a second person and audited, and a deletion refused
 * while a complaint is open. Old cases are made by back-dating the day they ended.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RetentionIT {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final String ERASED = "［已匿名化 erased］";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.servicedesk();
    }

    @ArquillianResource
    private URL context;

    private ApiClient api;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void client() {
        api = new ApiClient(context);
    }

    private long customer(String name) {
        ApiClient.Reply reply = api.post("agent", "customers", "{\"name\":\"" + name + "\",\"idNumber\":\"" + IdNumbers.fresh()
                + "\",\"phone\":\"135" + String.format("%08d", System.nanoTime() % 100_000_000) + "\"}");
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getJsonNumber("id").longValue();
    }

    private JsonObject complaint(long customer, String description) {
        ApiClient.Reply reply = api.post("agent", "complaints", "{\"customerId\":" + customer + ",\"channel\":\"PHONE\","
                + "\"businessCategory\":\"B0302\",\"cause\":\"C1101\",\"description\":\"" + description + "\"}");
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    /** A complaint the customer withdrew (a final state) four years ago. */
    private JsonObject endedLongAgo(long customer, String description) throws Exception {
        JsonObject c = complaint(customer, description);
        long id = c.getJsonNumber("id").longValue();
        ApiClient.Reply withdrawn = api.post("agent", "complaints/" + id + "/transitions",
                "{\"action\":\"WITHDRAW\",\"reason\":\"客户" + description + "撤回\"}");
        assertEquals(200, withdrawn.status(), withdrawn.body());
        assertEquals(1, Database.update("update complaint set ended_at = ? where id = ?",
                Timestamp.from(Instant.now().minus(4 * 366, ChronoUnit.DAYS)), id));
        return c;
    }

    private JsonObject run(String user, boolean dry) throws Exception {
        ApiClient.Reply started = api.post(user, "retention/runs", "{\"dryRun\":" + dry + "}");
        assertEquals(202, started.status(), started.body());
        String location = started.header("Location").orElseThrow();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (true) {
            JsonObject run = api.send(ApiClient.request(user, java.net.URI.create(location)).GET().build()).json();
            if (!"RUNNING".equals(run.getString("status"))) {
                assertEquals("DONE", run.getString("status"), run.toString());
                return run;
            }
            assertTrue(System.nanoTime() < deadline, "the run did not finish: " + run);
            Thread.sleep(300);
        }
    }

    private static JsonObject outcome(JsonObject run, String kind) {
        return run.getJsonArray("outcomes").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("kind").equals(kind)).findFirst().orElseThrow(() -> new AssertionError(kind + ": " + run));
    }

    private byte[] bytes(String user, String path) throws Exception {
        HttpResponse<byte[]> r = http.send(ApiClient.request(user, api.api(path)).setHeader("Accept", "*/*").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), path + ": " + new String(r.body(), StandardCharsets.UTF_8));
        return r.body();
    }

    /** The complaint statistics workbook's figures (the summary sheet's numbers) for today. */
    private Map<String, Double> statistics() throws Exception {
        LocalDate today = LocalDate.now(BEIJING);
        Map<String, Double> figures = new TreeMap<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes("manager",
                "reports/complaint-statistics?from=" + today.minusDays(7) + "&to=" + today + "&format=xlsx")))) {
            for (Row row : book.getSheet("概要")) {
                if (row.getCell(1) != null && row.getCell(1).getCellType() == CellType.NUMERIC) {
                    figures.put(row.getCell(0).getStringCellValue(), row.getCell(1).getNumericCellValue());
                }
            }
        }
        return figures;
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void aDryRunCountsWhatTheRunDoesAHeldCaseSurvivesAndTheRecordsStillCountAndVerify() throws Exception {
        String name = "保留客户" + SearchIT.chinese(2);
        long customer = customer(name);
        JsonObject expired = endedLongAgo(customer, "到期" + SearchIT.chinese(4));
        JsonObject held = endedLongAgo(customer, "冻结" + SearchIT.chinese(4));
        long expiredId = expired.getJsonNumber("id").longValue();
        long heldId = held.getJsonNumber("id").longValue();
        ApiClient.Reply file = api.send(ApiClient.request("agent", api.api("complaints/" + expiredId + "/attachments"),
                        "Content-Type", "text/plain", "Content-Disposition", "attachment; filename*=UTF-8''%E5%87%AD%E8%AF%81.txt")
                .POST(HttpRequest.BodyPublishers.ofString("客户来电记录 " + name, StandardCharsets.UTF_8)).build());
        assertEquals(201, file.status(), file.body());
        String fileSha = file.json().getString("sha256");
        ApiClient.Reply hold = api.post("supervisor", "legal-holds", "{\"target\":\"COMPLAINT\",\"targetId\":" + heldId
                + ",\"reason\":\"诉讼保全\"}");
        assertEquals(201, hold.status(), hold.body());
        Map<String, Double> before = statistics();

        // the audit entries hold no clear personal text: the customer's name and the reasons are sealed beside them
        assertEquals(0, Database.count("select count(*) from audit_entry where after_state like ? or detail like ?"
                + " or before_state like ?", "%" + name + "%", "%" + name + "%", "%" + name + "%"));
        assertEquals(0, Database.count("select count(*) from audit_entry where detail like ?",
                "%" + expired.getString("description") + "%"), "the withdrawal's reason is sealed too");
        assertTrue(Database.count("select count(*) from audit_personal_data where field_values like ?", "%" + name + "%") > 0);

        JsonObject dry = run("auditor", true);
        JsonObject planned = outcome(dry, "COMPLAINT");
        assertTrue(planned.getJsonNumber("expired").longValue() >= 1, dry.toString());
        assertTrue(planned.getJsonNumber("held").longValue() >= 1, dry.toString());
        assertEquals(0, planned.getJsonNumber("done").longValue(), "a dry run changes nothing");
        assertEquals(expired.getString("description"), api.get("supervisor", "complaints/" + expiredId).json().getString("description"));
        assertEquals(403, api.post("auditor", "retention/runs", "{\"dryRun\":false}").status(), "an auditor runs it dry only");

        JsonObject real = run("admin", false);
        JsonObject done = outcome(real, "COMPLAINT");
        assertEquals(planned.getJsonNumber("expired").longValue(), done.getJsonNumber("done").longValue(), real.toString());
        assertTrue(outcome(real, "EVIDENCE_FILE").getJsonNumber("done").longValue() >= 2, "the file and the letter: " + real);
        assertFalse(real.getString("reportNumber").isBlank(), real.toString());

        JsonObject anonymised = api.get("supervisor", "complaints/" + expiredId).json();
        assertEquals(ERASED, anonymised.getString("description"));
        assertEquals("WITHDRAWN", anonymised.getString("status"), "the codes and states stay");
        assertEquals("B0302", anonymised.getJsonObject("businessCategory").getString("code"));
        assertEquals(held.getString("description"), api.get("supervisor", "complaints/" + heldId).json().getString("description"),
                "the held case survives");
        assertEquals(0, api.get("supervisor", "complaints/" + expiredId + "/attachments").json().getJsonArray("items").size());
        List<JsonObject> history = api.get("supervisor", "complaints/" + expiredId + "/history").array()
                .getValuesAs(JsonObject.class);
        assertTrue(history.stream().anyMatch(e -> e.getString("action").equals("DESTROY_FILE")
                && e.getString("detail").contains(fileSha)), "the destroyed file's digest stays in the history: " + history);
        assertTrue(history.stream().anyMatch(e -> e.getString("action").equals("ANONYMISE")), history.toString());
        assertTrue(history.stream().filter(e -> e.getString("action").equals("WITHDRAW")).allMatch(e -> e.getString("detail")
                .contains(ERASED)), "the reason is erased from the history: " + history);
        assertTrue(api.get("supervisor", "complaints/" + heldId + "/history").array().getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("action").equals("WITHDRAW")).allMatch(e -> e.getString("detail").contains("撤回")));
        assertEquals(name, api.get("supervisor", "customers/" + customer).json().getString("name"),
                "a customer with a held case keeps their name");

        JsonObject verify = api.get("auditor", "audit/verify").json();
        assertTrue(verify.getBoolean("intact"), verify.toString());
        assertEquals(before, statistics(), "the statistics count the anonymised complaint as before");

        JsonObject proof = api.get("auditor", "reports/archive?type=RETENTION_PROOF").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(a -> a.getString("reportNumber").equals(real.getString("reportNumber")))
                .findFirst().orElseThrow();
        String text = pdfText(bytes("auditor", "reports/archive/" + proof.getJsonNumber("id") + "/content"));
        assertTrue(text.contains("RUN-" + real.getJsonNumber("id")) && text.contains("个人信息销毁证明")
                && text.contains("投诉") && text.contains("匿名化"), text);
        ReportChecks.assertPdfA1b(bytes("auditor", "reports/archive/" + proof.getJsonNumber("id") + "/content"));

        // the hold released by someone else, the next run anonymises the case and then its customer
        assertEquals(409, api.post("supervisor", "legal-holds/" + hold.json().getJsonNumber("id") + "/release",
                "{\"reason\":\"诉讼终结\"}").status(), "not by the one who placed it");
        assertEquals(200, api.post("manager", "legal-holds/" + hold.json().getJsonNumber("id") + "/release",
                "{\"reason\":\"诉讼终结\"}").status());
        JsonObject after = run("admin", false);
        assertTrue(after.getJsonNumber("customers").longValue() >= 1, after.toString());
        JsonObject gone = api.get("supervisor", "customers/" + customer).json();
        assertNotEquals(name, gone.getString("name"));
        assertFalse(gone.containsKey("idNumber") && !gone.isNull("idNumber"), gone.toString());
        assertTrue(api.get("auditor", "audit/verify").json().getBoolean("intact"));
    }

    @Test
    void anAccessCopyHoldsTheCustomersClearDataIsReleasedByASecondPersonAndIsAudited() throws Exception {
        String idNumber = IdNumbers.fresh();
        String name = "查阅客户" + SearchIT.chinese(2);
        String phone = "136" + String.format("%08d", System.nanoTime() % 100_000_000);
        ApiClient.Reply c = api.post("agent", "customers", "{\"name\":\"" + name + "\",\"idNumber\":\"" + idNumber
                + "\",\"phone\":\"" + phone + "\"}");
        assertEquals(201, c.status(), c.body());
        long customer = c.json().getJsonNumber("id").longValue();
        String reference = complaint(customer, "查阅测试投诉").getString("reference");

        ApiClient.Reply request = api.post("agent", "personal-information-requests", "{\"customerId\":" + customer
                + ",\"kind\":\"ACCESS\",\"channel\":\"BRANCH\",\"note\":\"客户申请查阅并复制其个人信息\"}");
        assertEquals(201, request.status(), request.body());
        long id = request.json().getJsonNumber("id").longValue();
        assertEquals("OPEN", request.json().getString("status"));
        assertTrue(request.json().containsKey("dueAt"), "its own response standard: " + request.body());
        assertEquals(403, api.post("agent", "personal-information-requests/" + id + "/copy", "").status());

        JsonObject prepared = api.post("supervisor", "personal-information-requests/" + id + "/copy", "").json();
        assertEquals("PREPARED", prepared.getString("status"), prepared.toString());
        long sr = prepared.getJsonNumber("serviceRequestId").longValue();
        String text = pdfText(bytes("supervisor", "service-requests/" + sr + "/attachments/"
                + prepared.getJsonNumber("pdfAttachmentId") + "/content"));
        assertTrue(text.contains(name) && text.contains(idNumber) && text.contains(phone) && text.contains(reference), text);
        String json = new String(bytes("supervisor", "service-requests/" + sr + "/attachments/"
                + prepared.getJsonNumber("jsonAttachmentId") + "/content"), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"idNumber\":\"" + idNumber + "\"") && json.contains(reference), json);
        assertTrue(api.get("auditor", "audit/entries?entityType=Customer&entityId=" + customer + "&action=VIEW_CLEAR").json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream().anyMatch(e -> e.getString("detail").contains("ALL")),
                "the view of the clear values is audited");

        assertEquals(409, api.post("supervisor", "personal-information-requests/" + id + "/release",
                "{\"deliveredBy\":\"COUNTER\"}").status(), "not by the one who prepared it");
        assertEquals(404, api.post("sh01.supervisor", "personal-information-requests/" + id + "/release",
                "{\"deliveredBy\":\"COUNTER\"}").status(), "not by another branch");
        JsonObject released = api.post("manager", "personal-information-requests/" + id + "/release",
                "{\"deliveredBy\":\"COUNTER\"}").json();
        assertEquals("DONE", released.getString("status"), released.toString());
        assertEquals("manager", released.getString("releasedBy"));
    }

    @Test
    void aDeletionIsRefusedWithItsReasonWhileAComplaintIsOpen() {
        long customer = customer("删除客户" + SearchIT.chinese(2));
        complaint(customer, "未办结投诉");
        ApiClient.Reply request = api.post("agent", "personal-information-requests", "{\"customerId\":" + customer
                + ",\"kind\":\"DELETION\"}");
        assertEquals(201, request.status(), request.body());
        JsonObject refused = api.post("supervisor", "personal-information-requests/" + request.json().getJsonNumber("id")
                + "/deletion", "").json();
        assertEquals("REFUSED", refused.getString("status"), refused.toString());
        assertTrue(refused.getString("outcome").contains("未办结") && refused.getString("outcome").contains("第四十七条"),
                refused.toString());
        assertFalse(api.get("supervisor", "customers/" + customer).json().getString("name").contains("匿名"));
    }

    @Test
    void aPolicyChangeNeedsASecondAdministratorAndCaseRecordsAreNeverDeleted() {
        ApiClient.Reply delete = api.post("admin", "retention/policies", "{\"kind\":\"COMPLAINT\",\"years\":3,"
                + "\"action\":\"DELETE\",\"basis\":\"试图删除\"}");
        assertEquals(400, delete.status(), delete.body());
        assertTrue(delete.body().contains("anonymised, not deleted"), delete.body());

        ApiClient.Reply proposed = api.post("admin", "retention/policies", "{\"kind\":\"RETURN_VISIT\",\"years\":4,"
                + "\"action\":\"ANONYMISE\",\"basis\":\"回访记录保存四年\"}");
        assertEquals(201, proposed.status(), proposed.body());
        long id = proposed.json().getJsonNumber("id").longValue();
        assertEquals("PROPOSED", proposed.json().getString("status"));
        assertEquals(409, api.post("admin", "retention/policies/" + id + "/approve", "").status(), "four-eyes");
        assertEquals(403, api.post("auditor", "retention/policies/" + id + "/approve", "").status());
        ApiClient.Reply approved = api.post("admin2", "retention/policies/" + id + "/approve", "");
        assertEquals(200, approved.status(), approved.body());
        assertEquals("IN_FORCE", approved.json().getString("status"));
        List<JsonObject> visits = api.get("auditor", "retention/policies").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(p -> p.getString("kind").equals("RETURN_VISIT")).toList();
        assertEquals(1, visits.stream().filter(p -> p.getString("status").equals("IN_FORCE")).count(), visits.toString());
        assertTrue(visits.stream().anyMatch(p -> p.getString("status").equals("SUPERSEDED")), visits.toString());

        // back to three years for the other tests
        long back = api.post("admin", "retention/policies", "{\"kind\":\"RETURN_VISIT\",\"years\":3,\"action\":\"ANONYMISE\","
                + "\"basis\":\"回访记录保存三年\"}").json().getJsonNumber("id").longValue();
        assertEquals(200, api.post("admin2", "retention/policies/" + back + "/approve", "").status());
    }
}
