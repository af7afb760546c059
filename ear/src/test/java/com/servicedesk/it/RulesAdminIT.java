package com.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The rules the bank maintains, each from a day: a deadline policy whose legal limit changes waits
 * for a second administrator and then governs only complaints received from its day; a service
 * standard changes for new requests while earlier ones keep their due times, and a scheduled change
 * is replaced by an earlier one; a follow-up policy and an application checklist change from a later
 * day while today's rules keep being served. What other tests rely on is put back as it was.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RulesAdminIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.servicedesk();
    }

    @ArquillianResource
    private URL context;

    private ApiClient api;

    private ApiClient api() {
        if (api == null) {
            api = new ApiClient(context);
        }
        return api;
    }


    private static LocalDate today() {
        return LocalDate.now(SHANGHAI);
    }

    private static void refused(int status, String problemType, ApiClient.Reply reply) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        if (problemType != null) {
            assertTrue(reply.json().getString("type").endsWith(problemType), reply.body());
        }
    }

    private static List<String> fields(ApiClient.Reply reply) {
        return reply.json().getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                .map(v -> v.getString("field")).sorted().toList();
    }

    private long customer() {
        ApiClient.Reply c = api().post("agent", "customers", "{\"name\":\"周佳怡\",\"idNumber\":\"" + IdNumbers.fresh()
                + "\",\"phone\":\"13700003333\"}");
        assertEquals(201, c.status(), c.body());
        return c.json().getJsonNumber("id").longValue();
    }

    private JsonObject complaint(long customerId, String receivedAt) {
        ApiClient.Reply c = api().post("agent", "complaints", "{\"customerId\":" + customerId
                + ",\"channel\":\"PHONE\",\"businessCategory\":\"B0302\",\"cause\":\"C1101\",\"description\":\"规则修订前后的投诉。\""
                + (receivedAt == null ? "" : ",\"receivedAt\":\"" + receivedAt + "\"") + "}");
        assertEquals(201, c.status(), c.body());
        return c.json();
    }

    private String revise(String user, String json, int status, String expectedStatus) {
        ApiClient.Reply r = api().post(user, "admin/rules/deadline-policies/CBIRC_2020/revisions", json);
        assertEquals(status, r.status(), r.body());
        assertEquals(expectedStatus, r.json().getString("status"), r.body());
        return r.json().getString("code");
    }

    @Test
    void aLegalLimitChangedByTwoAdministratorsGovernsOnlyComplaintsReceivedFromItsDay() {
        String today = today().toString();
        // refused, each for its own reason, and nothing stored
        ApiClient.Reply past = api().post("admin", "admin/rules/deadline-policies/CBIRC_2020/revisions",
                "{\"effectiveFrom\":\"" + today().minusDays(1) + "\",\"decisionDays\":20,\"reason\":\"通知\"}");
        refused(400, null, past);
        assertEquals(List.of("effectiveFrom"), fields(past));
        ApiClient.Reply shorter = api().post("admin", "admin/rules/deadline-policies/CBIRC_2020/revisions",
                "{\"effectiveFrom\":\"" + today + "\",\"firstExtensionDays\":10,\"secondExtensionRole\":\"AGENT\"}");
        refused(400, null, shorter);
        assertEquals(List.of("firstExtensionDays", "reason", "secondExtensionRole"), fields(shorter));
        refused(400, null, api().post("admin", "admin/rules/deadline-policies/CBIRC_2020/revisions",
                "{\"effectiveFrom\":\"" + today + "\",\"decisionDays\":15,\"reason\":\"照旧\"}"));
        refused(403, null, api().post("manager", "admin/rules/deadline-policies/CBIRC_2020/revisions",
                "{\"effectiveFrom\":\"" + today + "\",\"decisionDays\":20,\"reason\":\"通知\"}"));
        refused(404, null, api().post("admin", "admin/rules/deadline-policies/NOPE/revisions",
                "{\"effectiveFrom\":\"" + today + "\",\"decisionDays\":20,\"reason\":\"通知\"}"));

        long customerId = customer();
        String inForce = cbirc().getString("code");
        String code = revise("admin", "{\"effectiveFrom\":\"" + today + "\",\"decisionDays\":20,\"firstExtensionDays\":35,"
                + "\"firstExtensionRole\":\"MANAGER\",\"reason\":\"监管通知（测试）：受理后20日内答复\"}", 201, "PROPOSED");
        assertTrue(code.startsWith("CBIRC_2020-R"), code);
        try {
            refused(409, "revision-pending", api().post("admin2", "admin/rules/deadline-policies/CBIRC_2020/revisions",
                    "{\"effectiveFrom\":\"" + today + "\",\"decisionDays\":25,\"reason\":\"又一版\"}"));
            assertEquals(inForce, complaint(customerId, null).getString("policy"), "a proposal governs nothing");
            refused(409, "four-eyes", api().post("admin", "admin/rules/deadline-policies/" + code + "/approve", "{}"));
            ApiClient.Reply approved = api().post("admin2", "admin/rules/deadline-policies/" + code + "/approve", "{}");
            assertEquals(200, approved.status(), approved.body());
            assertEquals("IN_FORCE", approved.json().getString("status"));
            assertTrue(approved.json().getBoolean("inForceToday"));

            JsonObject now = complaint(customerId, null);
            assertEquals(code, now.getString("policy"), "received today: the new revision");
            Instant received = Instant.parse(now.getString("receivedAt"));
            LocalDate lastDay = LocalDate.ofInstant(Instant.parse(now.getString("decisionDueAt")), SHANGHAI).minusDays(1);
            assertTrue(!lastDay.isBefore(LocalDate.ofInstant(received, SHANGHAI).plusDays(20)), now.toString());
            JsonObject yesterday = complaint(customerId, today().minusDays(1) + "T10:00:00+08:00");
            assertFalse(yesterday.getString("policy").equals(code), "received the day before: the rules of that day");

            // the first extension is a manager's now, for the new complaint only
            long id = now.getJsonNumber("id").longValue();
            api().post("agent", "complaints/" + id + "/transitions", "{\"action\":\"ACCEPT\"}");
            refused(403, null, api().post("supervisor", "complaints/" + id + "/transitions",
                    "{\"action\":\"EXTEND\",\"reason\":\"需调取外部记录\"}"));
            long old = yesterday.getJsonNumber("id").longValue();
            api().post("agent", "complaints/" + old + "/transitions", "{\"action\":\"ACCEPT\"}");
            assertEquals(200, api().post("supervisor", "complaints/" + old + "/transitions",
                    "{\"action\":\"EXTEND\",\"reason\":\"需调取外部记录\"}").status());

            assertEquals(code, cbirc().getString("code"));
            assertEquals(20, cbirc().getJsonObject("rules").getInt("decisionDays"));
            JsonObject audit = api().get("auditor", "audit/entries?entityType=DeadlinePolicy&entityId=" + code).json();
            assertEquals(List.of("APPROVE", "PROPOSE"), audit.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .map(e -> e.getString("action")).sorted().toList());
        } finally {
            // the regulator's rules back as they were, for every other test: a correcting revision
            api().get("admin", "admin/rules/deadline-policies").array().getValuesAs(JsonObject.class).stream()
                    .filter(p -> p.getString("status").equals("PROPOSED"))
                    .forEach(p -> api().post("admin", "admin/rules/deadline-policies/" + p.getString("code") + "/withdraw",
                            "{\"reason\":\"测试结束\"}"));
            JsonObject rules = cbirc().getJsonObject("rules");
            if (rules.getInt("decisionDays") != 15 || rules.getInt("firstExtensionDays") != 30
                    || !rules.getString("firstExtensionRole").equals("SUPERVISOR")) {
                String back = revise("admin2", "{\"effectiveFrom\":\"" + today + "\",\"decisionDays\":15,"
                        + "\"firstExtensionDays\":30,\"firstExtensionRole\":\"SUPERVISOR\",\"reason\":\"恢复原规则\"}", 201, "PROPOSED");
                assertEquals(200, api().post("admin", "admin/rules/deadline-policies/" + back + "/approve", "{}").status());
            }
        }
        assertEquals(15, cbirc().getJsonObject("rules").getInt("decisionDays"));
    }

    /** The regulator's regime as served today. */
    private JsonObject cbirc() {
        return api().get("agent", "reference/deadline-policies").array().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("family").equals("CBIRC_2020")).findFirst().orElseThrow();
    }

    @Test
    void aChangeToNoLegalLimitIsInForceAtOnce() {
        String code = revise("admin", "{\"effectiveFrom\":\"" + today() + "\",\"pauseAllowed\":false,"
                + "\"reason\":\"本行细则：不中止计时（测试）\"}", 201, "IN_FORCE");
        try {
            assertTrue(code.startsWith("CBIRC_2020-R"), code);
            JsonObject c = complaint(customer(), null);
            assertFalse(c.getJsonArray("allowedActions").getValuesAs(JsonString.class).stream()
                    .anyMatch(a -> a.getString().equals("PAUSE_CLOCK")));
        } finally {
            revise("admin", "{\"effectiveFrom\":\"" + today() + "\",\"pauseAllowed\":true,\"reason\":\"恢复\"}", 201, "IN_FORCE");
        }
    }

    private JsonObject serviceRequest(long customerId) {
        ApiClient.Reply r = api().post("agent", "service-requests", "{\"customerId\":" + customerId
                + ",\"channel\":\"ONLINE\",\"category\":\"LOAN\",\"subject\":\"贷款进度查询\",\"description\":\"网银留言\"}");
        assertEquals(201, r.status(), r.body());
        return r.json();
    }

    private static Duration firstResponse(JsonObject request) {
        return Duration.between(Instant.parse(request.getString("receivedAt")),
                Instant.parse(request.getString("firstResponseDueAt")));
    }

    @Test
    void aServiceStandardChangesForNewRequestsAndALaterScheduleIsReplaced() {
        long customerId = customer();
        JsonObject before = serviceRequest(customerId);
        ApiClient.Reply bad = api().post("admin", "admin/rules/service-standards", "{\"categoryCode\":\"NOPE\","
                + "\"channel\":\"FAX\",\"firstResponseMinutes\":60,\"resolutionMinutes\":30,\"effectiveFrom\":\"2020-01-01\"}");
        refused(400, null, bad);
        assertEquals(4, fields(bad).size(), bad.body());

        // 240 minutes, the loan default, unless an earlier run of this test changed it today
        Duration earlier = firstResponse(before);
        int minutes = earlier.toMinutes() == 60 ? 65 : 60;
        ApiClient.Reply changed = api().post("admin", "admin/rules/service-standards", "{\"categoryCode\":\"LOAN\","
                + "\"channel\":\"ONLINE\",\"firstResponseMinutes\":" + minutes + ",\"resolutionMinutes\":1440,"
                + "\"effectiveFrom\":\"" + today() + "\"}");
        assertEquals(201, changed.status(), changed.body());
        JsonObject after = serviceRequest(customerId);
        assertEquals(Duration.ofMinutes(minutes), firstResponse(after), "the new standard for a request taken now");
        assertEquals(earlier, firstResponse(api().get("agent", "service-requests/"
                + before.getJsonNumber("id").longValue()).json()), "the earlier request keeps its due time");

        String later = "{\"categoryCode\":\"LOAN\",\"channel\":\"ONLINE\",\"firstResponseMinutes\":%d,\"resolutionMinutes\":1440,"
                + "\"effectiveFrom\":\"%s\"}";
        assertEquals(201, api().post("admin", "admin/rules/service-standards", later.formatted(90, today().plusDays(7))).status());
        assertEquals(201, api().post("admin", "admin/rules/service-standards", later.formatted(75, today().plusDays(3))).status());
        List<JsonObject> rows = api().get("admin", "admin/rules/service-standards").array().getValuesAs(JsonObject.class)
                .stream().filter(s -> s.getString("categoryCode").equals("LOAN") && "ONLINE".equals(s.getString("channel", null))
                        && s.getString("effectiveTo", "9999").compareTo(today().toString()) > 0)
                .toList();
        assertEquals(List.of(minutes, 75), rows.stream().map(s -> s.getInt("firstResponseMinutes")).toList(),
                "the change scheduled for day 7 gave way to the one for day 3");
        assertEquals(today().plusDays(3).toString(), rows.get(0).getString("effectiveTo"));
        assertTrue(api().get("agent", "reference/service-standards").array().getValuesAs(JsonObject.class).stream()
                .anyMatch(s -> s.getString("categoryCode").equals("LOAN") && "ONLINE".equals(s.getString("channel", null))
                        && s.getInt("firstResponseMinutes") == minutes), "today's standard is served");
        JsonObject audit = api().get("auditor", "audit/entries?entityType=ServiceStandard&entityId=LOAN/ONLINE").json();
        assertTrue(audit.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> e.getString("detail").contains("\"firstResponseMinutes\":90")), audit.toString());
    }

    @Test
    void aFollowUpPolicyAndAChecklistChangeFromALaterDay() {
        LocalDate from = today().plusDays(30);
        ApiClient.Reply changed = api().put("admin", "admin/rules/follow-up-policies/COMPLAINT_CLOSED",
                "{\"delayWorkingDays\":5,\"descriptionZh\":\"投诉办结后5个工作日内回访\",\"effectiveFrom\":\"" + from + "\"}");
        assertEquals(200, changed.status(), changed.body());
        refused(400, null, api().put("admin", "admin/rules/follow-up-policies/COMPLAINT_CLOSED",
                "{\"delayWorkingDays\":99,\"effectiveFrom\":\"" + from + "\"}"));
        refused(404, null, api().put("admin", "admin/rules/follow-up-policies/NOPE",
                "{\"delayWorkingDays\":1,\"effectiveFrom\":\"" + from + "\"}"));
        JsonObject served = api().get("agent", "reference/follow-up-policies").array().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("sourceEvent").equals("COMPLAINT_CLOSED")).findFirst().orElseThrow();
        assertEquals(3, served.getInt("delayWorkingDays"), "today's policy until the change's day");
        assertEquals(from.toString(), served.getString("effectiveTo"));

        // a checklist from tomorrow: today's list stays in force, today's drafts are checked against it
        ApiClient.Reply types = api().get("admin", "admin/rules/application-types");
        long version = types.array().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("code").equals("ADDRESS_CHANGE")).findFirst().orElseThrow()
                .getJsonNumber("version").longValue();
        String checklist = "{\"effectiveFrom\":\"%s\",\"documents\":[{\"code\":\"ID_CARD\",\"nameZh\":\"居民身份证\","
                + "\"nameEn\":\"Resident identity card\"},{\"code\":\"CHANGE_FORM\",\"nameZh\":\"信息变更申请表\","
                + "\"nameEn\":\"Change of details form\"},{\"code\":\"ADDRESS_PROOF\",\"nameZh\":\"地址证明\",\"nameEn\":\"Proof of address\"},"
                + "{\"code\":\"RESIDENCE_PERMIT\",\"nameZh\":\"居住证\",\"nameEn\":\"Residence permit\"}]}";
        ApiClient.Reply today = api().put("admin", "admin/rules/application-types/ADDRESS_CHANGE/documents",
                checklist.formatted(today()), "If-Match", "\"" + version + "\"");
        refused(400, null, today);
        assertEquals(List.of("effectiveFrom"), fields(today));
        refused(412, null, api().put("admin", "admin/rules/application-types/ADDRESS_CHANGE/documents",
                checklist.formatted(today().plusDays(1)), "If-Match", "\"" + (version + 5) + "\""));
        ApiClient.Reply scheduled = api().put("admin", "admin/rules/application-types/ADDRESS_CHANGE/documents",
                checklist.formatted(today().plusDays(1)), "If-Match", "\"" + version + "\"");
        assertEquals(200, scheduled.status(), scheduled.body());
        assertEquals(List.of("ID_CARD", "CHANGE_FORM", "ADDRESS_PROOF"), api().get("agent", "reference/application-types")
                .array().getValuesAs(JsonObject.class).stream().filter(t -> t.getString("code").equals("ADDRESS_CHANGE"))
                .findFirst().orElseThrow().getJsonArray("requiredDocuments").getValuesAs(JsonObject.class).stream()
                .map(d -> d.getString("code")).toList());
        ApiClient.Reply draft = api().post("agent", "applications", "{\"customerId\":" + customer()
                + ",\"type\":\"ADDRESS_CHANGE\",\"description\":\"搬家后变更地址\",\"documents\":[\"ID_CARD\",\"CHANGE_FORM\",\"ADDRESS_PROOF\"]}");
        assertEquals(201, draft.status(), draft.body());
        assertEquals(0, draft.json().getJsonArray("missingDocuments").size(), "today's draft has today's checklist");

        // a new kind of application, its checklist in force at once
        String type = "SAFE_DEPOSIT_" + ThreadLocalRandom.current().nextInt(1000, 10_000);
        String newType = "{\"code\":\"" + type + "\",\"nameZh\":\"保管箱租用\",\"nameEn\":\"Safe deposit box\","
                + "\"documents\":[{\"code\":\"ID_CARD\",\"nameZh\":\"居民身份证\",\"nameEn\":\"Resident identity card\"},"
                + "{\"code\":\"LEASE_FORM\",\"nameZh\":\"租用申请书\",\"nameEn\":\"Lease form\"}]}";
        ApiClient.Reply opened = api().post("admin", "admin/rules/application-types", newType);
        assertEquals(201, opened.status(), opened.body());
        refused(409, "application-type-exists", api().post("admin", "admin/rules/application-types", newType));
        refused(400, null, api().post("admin", "admin/rules/application-types",
                "{\"code\":\"x\",\"nameZh\":\"\",\"nameEn\":\"N\",\"documents\":[]}"));
        ApiClient.Reply lease = api().post("agent", "applications", "{\"customerId\":" + customer()
                + ",\"type\":\"" + type + "\",\"description\":\"租用保管箱\",\"documents\":[\"ID_CARD\"]}");
        assertEquals(201, lease.status(), lease.body());
        assertEquals(List.of("LEASE_FORM"), lease.json().getJsonArray("missingDocuments").getValuesAs(JsonString.class)
                .stream().map(JsonString::getString).toList());
    }

    @Test
    void aRevisedCodeListRetiresACodeThatCasesKeepAndStatisticsNameItsReplacement() throws Exception {
        // codes of their own for each run: two new subdivisions of 银行卡 (B03)
        int n = ThreadLocalRandom.current().nextInt(10, 49) * 2;
        String old = "B03" + n;
        String next = "B03" + (n + 1);
        String list = "{\"title\":\"JR/T 0169 修订（测试）\",\"source\":\"测试通知\",\"effectiveFrom\":\"" + today()
                + "\",\"added\":[%s],\"retired\":[%s]}";
        String code = "{\"code\":\"%s\",\"dimension\":\"B\",\"parentCode\":\"B03\",\"nameZh\":\"%s\",\"nameEn\":\"%s\"}";
        ApiClient.Reply bad = api().post("admin", "admin/rules/complaint-code-lists", list.formatted(
                code.formatted("B0302", "重复", "Twice") + "," + code.formatted("B039", "短", "Short"),
                "{\"code\":\"B0301\",\"replacedBy\":\"C0101\"}"));
        refused(400, null, bad);
        assertEquals(List.of("added[0].code", "added[1].code", "retired[0].replacedBy"), fields(bad));

        ApiClient.Reply first = api().post("admin", "admin/rules/complaint-code-lists",
                list.formatted(code.formatted(old, "分期（测试）", "Instalments (test)"), ""));
        assertEquals(201, first.status(), first.body());
        long customerId = customer();
        ApiClient.Reply c = api().post("agent", "complaints", "{\"customerId\":" + customerId + ",\"channel\":\"PHONE\","
                + "\"businessCategory\":\"" + old + "\",\"cause\":\"C1101\",\"description\":\"分期手续费争议。\"}");
        assertEquals(201, c.status(), c.body());
        long id = c.json().getJsonNumber("id").longValue();

        ApiClient.Reply second = api().post("admin", "admin/rules/complaint-code-lists", list.formatted(
                code.formatted(next, "分期与账单（测试）", "Instalments and statements (test)"),
                "{\"code\":\"" + old + "\",\"replacedBy\":\"" + next + "\"}"));
        assertEquals(201, second.status(), second.body());
        assertEquals(1, second.json().getInt("retired"));

        assertEquals(old, api().get("agent", "complaints/" + id).json().getJsonObject("businessCategory").getString("code"),
                "the case keeps the code it was classified with");
        ApiClient.Reply retired = api().post("agent", "complaints", "{\"customerId\":" + customerId + ",\"channel\":\"PHONE\","
                + "\"businessCategory\":\"" + old + "\",\"cause\":\"C1101\",\"description\":\"再次投诉。\"}");
        refused(400, null, retired);
        assertTrue(retired.body().contains("replaced by " + next), retired.body());
        String tree = api().get("agent", "reference/complaint-codes").body();
        assertTrue(tree.contains(next) && !tree.contains("\"" + old + "\""), "the pickers offer the codes in force");

        java.net.http.HttpResponse<byte[]> pdf = java.net.http.HttpClient.newHttpClient().send(ApiClient.request("manager",
                        api().api("reports/complaint-statistics?from=" + today() + "&to=" + today() + "&format=pdf"))
                .header("Accept", "*/*").GET().build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        String text = ReportsIT.pdfText(pdf.body()).replaceAll("\\s+", "");
        assertTrue(text.contains(old + "分期（测试）（已停用，现为" + next + "）"), text);
        assertTrue(text.contains("分类口径"), text);
    }
}
