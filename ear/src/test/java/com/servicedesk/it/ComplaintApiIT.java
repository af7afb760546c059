package com.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The regulated complaint lifecycle through the REST API on the real server: the whole path to
 * closed, the extension ladder, review, reopening, impartiality, conflicts and stale writes, scope,
 * idempotent intake, the escalation timer on a moved clock, and concurrent writers.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ComplaintApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.servicedesk();
    }

    @ArquillianResource
    private URL context;

    private ApiClient api;
    private long customerId;

    @BeforeEach
    void setUp() {
        api = new ApiClient(context);
        ApiClient.Reply customer = api.post("agent", "customers", "{\"name\":\"何晓燕\",\"idNumber\":\""
                + IdNumbers.fresh() + "\",\"phone\":\"13911112222\"}");
        assertEquals(201, customer.status(), customer.body());
        customerId = customer.json().getJsonNumber("id").longValue();
    }

    private JsonObject register(String user, String extraJson) {
        ApiClient.Reply reply = api.post(user, "complaints", complaintJson(extraJson));
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    private String complaintJson(String extraJson) {
        return "{\"customerId\":" + customerId + ",\"channel\":\"PHONE\",\"businessCategory\":\"B0302\","
                + "\"cause\":\"C1101\",\"description\":\"信用卡年费被重复扣收，要求退还。\"" + extraJson + "}";
    }

    private ApiClient.Reply act(String user, long id, String action, String extraJson, String... headers) {
        return api.post(user, "complaints/" + id + "/transitions", "{\"action\":\"" + action + "\"" + extraJson + "}",
                headers);
    }

    private JsonObject ok(ApiClient.Reply reply) {
        return ok(reply, 200);
    }

    private static JsonObject ok(ApiClient.Reply reply, int status) {
        assertEquals(status, reply.status(), reply.body());
        return reply.json();
    }

    private static void problem(int status, ApiClient.Reply reply) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
    }

    private static List<String> allowed(JsonObject complaint) {
        return complaint.getJsonArray("allowedActions").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
    }

    @Test
    void aComplaintGoesFromIntakeToClosedAndLeavesItsTrail() throws Exception {
        JsonObject created = register("agent", "");
        long id = created.getJsonNumber("id").longValue();
        assertTrue(created.getString("reference").matches("TS-\\d{8}-\\d{6}"), created.getString("reference"));
        assertEquals("RECEIVED", created.getString("status"));
        Instant received = Instant.parse(created.getString("receivedAt"));
        Instant due = Instant.parse(created.getString("decisionDueAt"));
        assertTrue(Duration.between(received, due).toDays() >= 15, "at least 15 days to decide");
        assertFalse(created.getBoolean("extended"));
        assertEquals("A010302", created.getString("channelCode"), "the intake channel counts under JR/T 0169's telephone");
        assertEquals("信用卡", created.getJsonObject("businessCategory").getString("name"));
        assertTrue(allowed(created).containsAll(List.of("ACCEPT", "RECLASSIFY")));
        assertFalse(allowed(created).contains("DECLINE"), "declining needs a supervisor");

        ok(act("agent", id, "ACCEPT", ""));
        ok(act("agent", id, "START_INVESTIGATION", ""));
        JsonObject proposed = ok(act("agent", id, "PROPOSE_RESOLUTION", ",\"resolution\":\"经核实重复扣收，全额退还。\","
                + "\"remedy\":{\"type\":\"REFUND\",\"amount\":{\"amount\":\"300.00\",\"currency\":\"CNY\"}},"
                + "\"rootCause\":\"年费批扣任务重复执行\""));
        assertEquals("RESOLUTION_PROPOSED", proposed.getString("status"));
        assertEquals("300.00", proposed.getJsonObject("remedy").getJsonObject("amount").getString("amount"));
        problem(403, act("agent", id, "RESPOND", ",\"channel\":\"PHONE\""));
        problem(400, act("supervisor", id, "RESPOND", ""));
        JsonObject responded = ok(act("supervisor", id, "RESPOND", ",\"channel\":\"PHONE\""));
        assertEquals("RESPONDED", responded.getString("status"));
        assertTrue(responded.getBoolean("decidedWithinLimit"));
        assertEquals("supervisor", responded.getString("respondedBy"));
        ok(act("agent", id, "RECORD_REMEDY", ""));
        JsonObject closed = ok(act("agent", id, "CLOSE", ",\"customerResponse\":\"ACCEPTED\""));
        assertEquals("CLOSED", closed.getString("status"));
        assertEquals("ACCEPTED", closed.getString("customerResponse"));

        // the letters' deliveries (NOTIFY) come on the outbox's own time
        List<String> trail = api.get("agent", "complaints/" + id + "/history").array().getValuesAs(JsonObject.class)
                .stream().map(e -> e.getString("action")).filter(a -> !a.equals("NOTIFY")).toList();
        assertEquals(List.of("REGISTER", "ACCEPT", "ISSUE_LETTER", "START_INVESTIGATION", "PROPOSE_RESOLUTION", "RESPOND",
                "ISSUE_LETTER", "RECORD_REMEDY", "CLOSE"), trail);
        List<Map<String, Object>> followUps = Database.query(
                "select kind, status, due_on from follow_up where source_type = 'Complaint' and source_id = ?", id);
        assertEquals(1, followUps.size(), "closing schedules the return visit");
        assertEquals("RETURN_VISIT", followUps.get(0).get("kind"));
        assertEquals("OPEN", followUps.get(0).get("status"));
    }

    @Test
    void aWithdrawalEndsTheProcedureStopsThePausedClockAndWritesItsLetter() {
        long id = register("agent", "").getJsonNumber("id").longValue();
        ok(act("agent", id, "ACCEPT", ""));
        JsonObject paused = ok(act("agent", id, "PAUSE_CLOCK", ",\"reason\":\"等待第三方司法鉴定\""));
        assertTrue(paused.getBoolean("clockPaused"));
        problem(400, act("agent", id, "WITHDRAW", ",\"channel\":\"PHONE\""));
        assertEquals("ACCEPTED", api.get("agent", "complaints/" + id).json().getString("status"), "refused, nothing changed");

        JsonObject withdrawn = ok(act("agent", id, "WITHDRAW", ",\"reason\":\"已与商户协商解决\",\"channel\":\"PHONE\""));
        assertEquals("WITHDRAWN", withdrawn.getString("status"));
        assertFalse(withdrawn.getBoolean("clockPaused"), "the clock stops with the procedure");
        assertFalse(withdrawn.containsKey("timeRemaining"), "no time runs any more");
        assertFalse(withdrawn.getBoolean("overdue"));
        assertEquals("已与商户协商解决", withdrawn.getJsonObject("withdrawal").getString("reason"));
        assertEquals("PHONE", withdrawn.getJsonObject("withdrawal").getString("channel"));
        assertTrue(allowed(withdrawn).isEmpty(), "withdrawn is final");
        problem(409, act("supervisor", id, "REOPEN", ",\"reason\":\"x\""));

        List<String> kinds = api.get("agent", "complaints/" + id + "/letters").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(l -> l.getString("kind")).toList();
        assertEquals(List.of("ACCEPTANCE", "PAUSE", "WITHDRAWAL"), kinds);
        String history = api.get("agent", "complaints/" + id + "/history").body();
        assertTrue(history.contains("\"action\":\"WITHDRAW\"") && history.contains("已与商户协商解决"), history);
    }

    @Test
    void aRepeatIsOfferedAsADuplicateMergedIntoTheOpenCaseAndReadFromTheSurvivor() {
        JsonObject first = register("agent", "");
        long survivor = first.getJsonNumber("id").longValue();
        assertEquals(0, first.getJsonArray("possibleDuplicates").size());
        ok(act("agent", survivor, "ACCEPT", ""));
        JsonObject again = register("agent", "");
        long repeat = again.getJsonNumber("id").longValue();
        assertEquals(List.of(survivor), again.getJsonArray("possibleDuplicates").getValuesAs(JsonNumber.class).stream()
                .map(JsonNumber::longValue).toList(), "the open case of the same customer and category, within its period");
        JsonObject otherCategory = ok(api.post("agent", "complaints", "{\"customerId\":" + customerId
                + ",\"channel\":\"PHONE\",\"businessCategory\":\"B0101\",\"cause\":\"C1101\",\"description\":\"借记卡问题\"}"), 201);

        // refused, changing nothing: an agent, no target, itself, another customer's, a closed one
        problem(403, act("agent", repeat, "MERGE", ",\"into\":" + survivor + ",\"reason\":\"同一事项\""));
        problem(400, act("supervisor", repeat, "MERGE", ",\"reason\":\"同一事项\""));
        problem(409, act("supervisor", repeat, "MERGE", ",\"into\":" + repeat + ",\"reason\":\"同一事项\""));
        long stranger = ok(api.post("agent", "customers", "{\"name\":\"路人甲\",\"idNumber\":\"" + IdNumbers.fresh()
                + "\",\"phone\":\"13911113333\"}"), 201).getJsonNumber("id").longValue();
        long strangers = ok(api.post("agent", "complaints", complaintJson("").replace("\"customerId\":" + customerId,
                "\"customerId\":" + stranger)), 201).getJsonNumber("id").longValue();
        problem(409, act("supervisor", repeat, "MERGE", ",\"into\":" + strangers + ",\"reason\":\"同一事项\""));
        long declined = otherCategory.getJsonNumber("id").longValue();
        ok(act("supervisor", declined, "DECLINE", ",\"reason\":\"不属于投诉\""));
        problem(409, act("supervisor", repeat, "MERGE", ",\"into\":" + declined + ",\"reason\":\"同一事项\""));
        assertEquals("RECEIVED", api.get("agent", "complaints/" + repeat).json().getString("status"));

        ok(act("agent", repeat, "ACCEPT", ""));
        java.net.http.HttpRequest upload = ApiClient.request("agent", api.api("complaints/" + repeat + "/attachments"))
                .header("Content-Type", "text/plain").header("Content-Disposition", "attachment; filename*=UTF-8''call-note.txt")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("客户第二次来电记录。")).build();
        long file = ok(api.send(upload), 201).getJsonNumber("id").longValue();

        JsonObject merged = ok(act("supervisor", repeat, "MERGE", ",\"into\":" + survivor + ",\"reason\":\"客户就同一事项再次来电\""));
        assertEquals("MERGED", merged.getString("status"));
        assertEquals(survivor, merged.getJsonNumber("mergedInto").longValue());
        assertTrue(allowed(merged).isEmpty(), "merged is final");
        JsonObject kept = api.get("agent", "complaints/" + survivor).json();
        assertEquals("ACCEPTED", kept.getString("status"));
        assertEquals(first.getString("decisionDueAt"), kept.getString("decisionDueAt"), "the survivor keeps its own clock");
        assertEquals(repeat, kept.getJsonArray("mergedComplaints").getJsonObject(0).getJsonNumber("id").longValue());
        List<JsonObject> history = api.get("agent", "complaints/" + survivor + "/history").array().getValuesAs(JsonObject.class);
        assertTrue(history.stream().anyMatch(e -> e.getString("action").equals("MERGE_IN")));
        assertTrue(history.stream().anyMatch(e -> e.getString("action").equals("REGISTER")
                && again.getString("reference").equals(e.getString("record", null))), "the merged case's history is the survivor's too");
        assertTrue(history.stream().anyMatch(e -> e.getString("action").equals("MERGE")
                && again.getString("reference").equals(e.getString("record", null))));

        // the merged case's files and letters are read from the survivor too, each with the case it belongs to
        List<JsonObject> files = api.get("agent", "complaints/" + survivor + "/attachments").json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertTrue(files.stream().anyMatch(f -> f.getJsonNumber("id").longValue() == file
                && f.getJsonNumber("caseId").longValue() == repeat), files.toString());
        ApiClient.Reply content = api.get("agent", "complaints/" + survivor + "/attachments/" + file + "/content");
        assertEquals(200, content.status(), content.body());
        assertEquals("客户第二次来电记录。", content.body());
        List<JsonObject> letters = api.get("agent", "complaints/" + survivor + "/letters").json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertEquals(java.util.Set.of(survivor, repeat), letters.stream().map(l -> l.getJsonNumber("caseId").longValue())
                .collect(java.util.stream.Collectors.toSet()));
        long repeatsLetter = letters.stream().filter(l -> l.getJsonNumber("caseId").longValue() == repeat).findFirst()
                .orElseThrow().getJsonNumber("id").longValue();
        assertEquals(200, api.get("agent", "complaints/" + survivor + "/letters/" + repeatsLetter + "/content").status());

        // new facts: a new case on its own clock, linked to the earlier one, never another customer's
        JsonObject newFacts = register("agent", ",\"relatedTo\":" + survivor);
        assertEquals(survivor, newFacts.getJsonObject("relatedTo").getJsonNumber("id").longValue());
        assertEquals("RECEIVED", newFacts.getString("status"));
        problem(400, api.post("agent", "complaints", complaintJson(",\"relatedTo\":" + strangers)));
    }

    @Test
    void aRegulatorTransferKeepsTheRegulatorsReferenceAndIsCountedWhileItWaits() {
        ApiClient.Reply missing = api.post("agent", "complaints", complaintJson("").replace("\"PHONE\"", "\"REGULATOR_TRANSFER\""));
        problem(400, missing);
        assertTrue(missing.body().contains("regulatorReference") && missing.body().contains("transferredOn"), missing.body());
        problem(400, api.post("agent", "complaints", complaintJson(",\"regulatorReference\":\"京银保监转〔2026〕118号\"")));
        long before = api.get("supervisor", "complaints/counts").json()
                .getJsonNumber("regulatorTransfersWaiting").longValue();
        JsonObject transferred = ok(api.post("agent", "complaints", complaintJson(",\"regulatorReference\":\"京银保监转〔2026〕118号\","
                + "\"transferredOn\":\"2026-12-01\"").replace("\"PHONE\"", "\"REGULATOR_TRANSFER\""), "Idempotency-Key",
                java.util.UUID.randomUUID().toString()), 201);
        assertEquals("京银保监转〔2026〕118号", transferred.getString("regulatorReference"));
        assertEquals("2026-12-01", transferred.getString("transferredOn"));
        assertEquals("A0199", transferred.getString("channelCode"));
        assertEquals(before + 1, api.get("supervisor", "complaints/counts").json()
                .getJsonNumber("regulatorTransfersWaiting").longValue());
        assertTrue(api.get("supervisor", "complaints?channel=REGULATOR_TRANSFER&size=100").body()
                .contains(transferred.getString("reference")));
    }

    @Test
    void anOutcomeOutsideTheBankIsRecordedAfterTheDecision() {
        long id = register("agent", "").getJsonNumber("id").longValue();
        String adr = ",\"kind\":\"MEDIATION\",\"body\":\"北京银行业纠纷调解中心\",\"decidedOn\":\"" + java.time.LocalDate.now(
                java.time.ZoneId.of("Asia/Shanghai")) + "\",\"result\":\"PARTLY_UPHELD\",\"amount\":{\"amount\":\"150.00\",\"currency\":\"CNY\"}";
        problem(409, act("agent", id, "RECORD_ADR_OUTCOME", adr));
        ok(act("agent", id, "ACCEPT", ""));
        ok(act("agent", id, "START_INVESTIGATION", ""));
        ok(act("agent", id, "PROPOSE_RESOLUTION", ",\"resolution\":\"维持收费\",\"remedy\":{\"type\":\"NONE\"}"));
        ok(act("supervisor", id, "RESPOND", ",\"channel\":\"PHONE\""));
        problem(400, act("agent", id, "RECORD_ADR_OUTCOME", ",\"kind\":\"MEDIATION\""));
        JsonObject recorded = ok(act("agent", id, "RECORD_ADR_OUTCOME", adr));
        JsonObject outcome = recorded.getJsonArray("adrOutcomes").getJsonObject(0);
        assertEquals("MEDIATION", outcome.getString("kind"));
        assertEquals("PARTLY_UPHELD", outcome.getString("result"));
        assertEquals("150.00", outcome.getJsonObject("amount").getString("amount"));
        assertEquals("RESPONDED", recorded.getString("status"));
        JsonObject court = ok(act("agent", id, "RECORD_ADR_OUTCOME", adr.replace("\"MEDIATION\"", "\"LITIGATION\"")
                .replace("{\"amount\":\"150.00\",\"currency\":\"CNY\"}", "2400.5")));
        assertEquals("2400.50", court.getJsonArray("adrOutcomes").getJsonObject(1).getJsonObject("amount").getString("amount"),
                "a plain decimal amount is in CNY");
        problem(400, act("agent", id, "RECORD_ADR_OUTCOME", adr.replace("{\"amount\":\"150.00\",\"currency\":\"CNY\"}", "[1]")));
    }

    @Test
    void aComplaintThroughARepresentativeIsAcceptedOnlyWithTheAuthorisationOnFile() throws Exception {
        problem(400, api.post("agent", "complaints", complaintJson(",\"representative\":{\"name\":\"王律师\",\"relation\":\"FRIEND\"}")));
        JsonObject created = register("agent", ",\"representative\":{\"name\":\"王律师\",\"relation\":\"AGENT\","
                + "\"phone\":\"13812345678\"}");
        long id = created.getJsonNumber("id").longValue();
        JsonObject representative = created.getJsonObject("representative");
        assertEquals("王律师", representative.getString("name"));
        assertEquals("AGENT", representative.getString("relation"));
        assertEquals("138****5678", representative.getString("phone"), "the representative's phone is masked");
        assertFalse(representative.containsKey("authorisationAttachmentId"));
        assertFalse(allowed(created).contains("ACCEPT"), "no authorisation, no acceptance");
        ApiClient.Reply refused = act("agent", id, "ACCEPT", "");
        problem(409, refused);
        assertTrue(refused.body().contains("authorisation-missing"), refused.body());
        assertFalse(Database.query("select representative_phone_enc from complaint where id = ?", id).get(0)
                .get("representative_phone_enc").toString().contains("13812345678"), "stored encrypted");

        java.net.http.HttpRequest upload = ApiClient.request("agent", api.api("complaints/" + id + "/attachments"))
                .header("Content-Type", "text/plain").header("Content-Disposition", "attachment; filename*=UTF-8''authorisation.txt")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("授权委托书：委托王律师代为投诉。")).build();
        ApiClient.Reply file = api.send(upload);
        assertEquals(201, file.status(), file.body());
        long fileId = file.json().getJsonNumber("id").longValue();
        problem(400, api.put("agent", "complaints/" + id + "/representative/authorisation", "{\"attachmentId\":999999999}"));
        JsonObject filed = ok(api.put("agent", "complaints/" + id + "/representative/authorisation",
                "{\"attachmentId\":" + fileId + "}"));
        assertEquals(fileId, filed.getJsonObject("representative").getJsonNumber("authorisationAttachmentId").longValue());
        assertTrue(allowed(filed).contains("ACCEPT"));
        assertEquals("ACCEPTED", ok(act("agent", id, "ACCEPT", "")).getString("status"));
        assertTrue(api.get("agent", "complaints/" + id + "/history").body().contains("FILE_AUTHORISATION"));

        // a later complaint of the same customer may name that file at intake; another customer's may not
        JsonObject heir = register("agent", ",\"representative\":{\"name\":\"何小明\",\"relation\":\"HEIR\","
                + "\"authorisationAttachmentId\":" + fileId + "}");
        assertTrue(allowed(heir).contains("ACCEPT"));
        long stranger = ok(api.post("agent", "customers", "{\"name\":\"路人乙\",\"idNumber\":\"" + IdNumbers.fresh()
                + "\",\"phone\":\"13911114444\"}"), 201).getJsonNumber("id").longValue();
        problem(400, api.post("agent", "complaints", complaintJson(",\"representative\":{\"name\":\"王律师\","
                + "\"relation\":\"AGENT\",\"authorisationAttachmentId\":" + fileId + "}")
                .replace("\"customerId\":" + customerId, "\"customerId\":" + stranger)));
    }

    @Test
    void aGroupComplaintHasAtMostFiveRepresentativesAndCarriesItsChildrenToTheDecision() {
        StringBuilder six = new StringBuilder();
        for (int i = 1; i <= 6; i++) {
            six.append(i == 1 ? "" : ",").append("{\"name\":\"代表").append(i).append("\",\"phone\":\"1390000000").append(i).append("\"}");
        }
        ApiClient.Reply tooMany = api.post("agent", "complaints", complaintJson(",\"group\":{\"representatives\":[" + six + "]}"));
        problem(400, tooMany);
        assertTrue(tooMany.body().contains("representatives"), tooMany.body());
        String five = six.substring(0, six.lastIndexOf(",{"));
        JsonObject group = register("agent", ",\"group\":{\"representatives\":[" + five + "]}");
        long groupId = group.getJsonNumber("id").longValue();
        assertEquals(5, group.getJsonObject("group").getJsonArray("representatives").size());
        assertEquals("139****0001", group.getJsonObject("group").getJsonArray("representatives").getJsonObject(0).getString("phone"));

        long other = ok(api.post("agent", "customers", "{\"name\":\"同组客户\",\"idNumber\":\"" + IdNumbers.fresh()
                + "\",\"phone\":\"13911115555\"}"), 201).getJsonNumber("id").longValue();
        JsonObject child = ok(api.post("agent", "complaints", complaintJson(",\"parentId\":" + groupId)
                .replace("\"customerId\":" + customerId, "\"customerId\":" + other)), 201);
        long childId = child.getJsonNumber("id").longValue();
        assertEquals(groupId, child.getJsonNumber("parentId").longValue());
        long plain = register("agent", "").getJsonNumber("id").longValue();
        problem(400, api.post("agent", "complaints", complaintJson(",\"parentId\":" + plain)));
        assertEquals(List.of(childId), api.get("agent", "complaints/" + groupId).json().getJsonObject("group")
                .getJsonArray("children").getValuesAs(JsonObject.class).stream().map(c -> c.getJsonNumber("id").longValue()).toList());

        ok(act("agent", groupId, "ACCEPT", ""));
        ok(act("agent", groupId, "START_INVESTIGATION", ""));
        ok(act("agent", groupId, "PROPOSE_RESOLUTION", ",\"resolution\":\"统一退还年费。\",\"remedy\":{\"type\":\"REFUND\","
                + "\"amount\":{\"amount\":\"100.00\",\"currency\":\"CNY\"}}"));
        ok(act("supervisor", groupId, "RESPOND", ",\"channel\":\"PHONE\""));
        JsonObject told = api.get("agent", "complaints/" + childId).json();
        assertEquals("RESPONDED", told.getString("status"), "the group's decision applies to the child");
        assertEquals("统一退还年费。", told.getString("resolution"));
        assertTrue(api.get("agent", "complaints/" + childId + "/letters").body().contains("\"kind\":\"DECISION\""),
                "the child's own customer gets the decision letter");
        ok(act("agent", groupId, "CLOSE", ",\"customerResponse\":\"ACCEPTED\""));
        assertEquals("CLOSED", api.get("agent", "complaints/" + childId).json().getString("status"), "and closes with the group");
        assertTrue(api.get("agent", "complaints/" + childId + "/history").body().contains("FOLLOW_GROUP"));
    }

    @Test
    void aBranchThatAssignsByWorkloadNeverGivesAComplaintToWhomItIsAboutNorAReviewToTheFirstDecisionsPeople() {
        JsonObject on = ok(api.put("admin", "admin/organisation/branches/HZ01/assignment", "{\"byWorkload\":true}"));
        assertTrue(on.getBoolean("assignByWorkload"));
        try {
            long customer = ok(api.post("hz01.agent1", "customers", "{\"name\":\"杭州客户\",\"idNumber\":\"" + IdNumbers.fresh()
                    + "\",\"phone\":\"13911116666\"}"), 201).getJsonNumber("id").longValue();
            String body = complaintJson("").replace("\"customerId\":" + customerId, "\"customerId\":" + customer);
            JsonObject aboutOne = ok(api.post("hz01.agent1", "complaints", body.replace("}", ",\"subjectStaff\":\"hz01.agent2\"}")), 201);
            assertEquals("hz01.agent1", aboutOne.getString("assignee"), "never the member of staff it is about");
            JsonObject aboutTwo = ok(api.post("hz01.agent2", "complaints", body.replace("}", ",\"subjectStaff\":\"hz01.agent1\"}")), 201);
            assertEquals("hz01.agent2", aboutTwo.getString("assignee"));
            long id = aboutTwo.getJsonNumber("id").longValue();
            assertTrue(api.get("hz01.agent2", "complaints/" + id + "/history").body().contains("\"action\":\"AUTO_ASSIGN\""));
            assertEquals("\"" + aboutTwo.getInt("version") + "\"", api.get("hz01.agent2", "complaints/" + id).header("ETag")
                    .orElseThrow(), "the answer's version is the stored one");

            JsonObject plain = ok(api.post("hz01.agent1", "complaints", body), 201);
            long review = plain.getJsonNumber("id").longValue();
            ok(act("hz01.agent1", review, "ACCEPT", ""));
            ok(act("hz01.agent1", review, "START_INVESTIGATION", ""));
            ok(act("hz01.agent1", review, "PROPOSE_RESOLUTION", ",\"resolution\":\"维持\",\"remedy\":{\"type\":\"NONE\"}"));
            ok(act("hz01.supervisor", review, "RESPOND", ",\"channel\":\"PHONE\""));
            JsonObject disputed = ok(act("hz01.agent1", review, "REQUEST_REVIEW", ",\"reason\":\"客户不认可\""));
            assertEquals("hz01.agent2", disputed.getString("assignee"), "the review goes to someone outside the first decision");
        } finally {
            assertFalse(ok(api.put("admin", "admin/organisation/branches/HZ01/assignment", "{\"byWorkload\":false}"))
                    .getBoolean("assignByWorkload"));
        }
        JsonObject byHand = register("agent", "");
        assertEquals("agent", byHand.getString("assignee"), "with the setting off, the registrar keeps it as before");
    }

    @Test
    void theExtensionLadderIsSupervisorThenManagerThenNoMore() {
        long id = register("agent", "").getJsonNumber("id").longValue();
        ok(act("agent", id, "ACCEPT", ""));
        Instant due15 = Instant.parse(api.get("agent", "complaints/" + id).json().getString("decisionDueAt"));

        problem(403, act("agent", id, "EXTEND", ",\"reason\":\"需要调取流水\""));
        problem(400, act("supervisor", id, "EXTEND", ""));
        JsonObject first = ok(act("supervisor", id, "EXTEND", ",\"reason\":\"案情复杂，需调取流水\""));
        Instant due30 = Instant.parse(first.getString("decisionDueAt"));
        assertTrue(first.getBoolean("extended"));
        assertEquals(1, first.getInt("extensionLevel"));
        assertTrue(Duration.between(due15, due30).toDays() >= 14, due15 + " -> " + due30);

        problem(403, act("supervisor", id, "EXTEND", ",\"reason\":\"再次延期\""));
        JsonObject second = ok(act("manager", id, "EXTEND", ",\"reason\":\"需外部鉴定\""));
        assertEquals(2, second.getInt("extensionLevel"));
        assertTrue(Instant.parse(second.getString("decisionDueAt")).isAfter(due30));
        assertEquals(2, second.getJsonArray("extensions").size());

        ApiClient.Reply third = act("manager", id, "EXTEND", ",\"reason\":\"第三次\"");
        problem(409, third);
        assertFalse(allowed(api.get("manager", "complaints/" + id).json()).contains("EXTEND"));
    }

    @Test
    void aDisputedDecisionIsReviewedByAnotherPersonAndAClosedComplaintCanBeReopened() {
        long id = register("agent", "").getJsonNumber("id").longValue();
        ok(act("agent", id, "ACCEPT", ""));
        ok(act("agent", id, "START_INVESTIGATION", ""));
        ok(act("agent", id, "PROPOSE_RESOLUTION", ",\"resolution\":\"解释收费依据\",\"remedy\":{\"type\":\"APOLOGY\"}"));
        ok(act("supervisor", id, "RESPOND", ",\"channel\":\"LETTER\""));
        JsonObject review = ok(act("agent", id, "REQUEST_REVIEW", ",\"reason\":\"客户不认可\""));
        assertEquals("UNDER_REVIEW", review.getString("status"));
        assertEquals("DISPUTED", review.getString("customerResponse"));
        JsonObject theReview = review.getJsonArray("reviews").getJsonObject(0);
        assertTrue(Duration.between(Instant.parse(theReview.getString("requestedAt")),
                Instant.parse(theReview.getString("dueAt"))).toDays() >= 30, "the review runs on its own clock");

        ApiClient.Reply sameApprover = act("supervisor", id, "DECIDE_REVIEW", ",\"reason\":\"维持\",\"reviewOutcome\":\"UPHELD\"");
        problem(409, sameApprover);
        JsonObject decided = ok(act("manager", id, "DECIDE_REVIEW", ",\"reason\":\"部分采纳\",\"reviewOutcome\":\"REVISED\","
                + "\"resolution\":\"减免当年年费\",\"remedy\":{\"type\":\"FEE_WAIVER\",\"amount\":{\"amount\":\"200\",\"currency\":\"CNY\"}}"));
        assertEquals("RESPONDED", decided.getString("status"));
        assertEquals("REVISED", decided.getJsonArray("reviews").getJsonObject(0).getString("outcome"));
        assertEquals("200.00", decided.getJsonObject("remedy").getJsonObject("amount").getString("amount"));

        ok(act("agent", id, "CLOSE", ",\"customerResponse\":\"ACCEPTED\""));
        problem(403, act("agent", id, "REOPEN", ",\"reason\":\"问题复发\""));
        problem(400, act("supervisor", id, "REOPEN", ""));
        JsonObject reopened = ok(act("supervisor", id, "REOPEN", ",\"reason\":\"客户反映问题复发\""));
        assertEquals("REOPENED", reopened.getString("status"));
        assertTrue(allowed(reopened).contains("START_INVESTIGATION"));
    }

    @Test
    void theStaffMemberAComplaintIsAboutMayNotHandleIt() {
        JsonObject created = register("supervisor", ",\"subjectStaff\":\"agent\"");
        long id = created.getJsonNumber("id").longValue();
        JsonObject asAgent = api.get("agent", "complaints/" + id).json();
        assertEquals(List.of(), allowed(asAgent));
        ApiClient.Reply refused = act("agent", id, "ACCEPT", "");
        problem(409, refused);
        assertTrue(refused.json().getString("type").endsWith("impartiality"), refused.body());
        ok(act("supervisor", id, "ACCEPT", ""));
        problem(409, api.post("agent", "complaints", complaintJson(",\"subjectStaff\":\"agent\"")));
    }

    @Test
    void illegalTransitionsStaleWritesAndOtherBranchesAreRefused() throws Exception {
        JsonObject created = register("agent", "");
        long id = created.getJsonNumber("id").longValue();

        ApiClient.Reply illegal = act("agent", id, "CLOSE", ",\"customerResponse\":\"ACCEPTED\"");
        problem(409, illegal);
        List<String> listed = illegal.json().getJsonArray("allowedActions").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
        assertTrue(listed.contains("ACCEPT") && !listed.contains("CLOSE"), listed.toString());

        String etag = api.get("agent", "complaints/" + id).header("ETag").orElseThrow();
        ok(act("agent", id, "ACCEPT", "", "If-Match", etag));
        long before = Database.count("select count(*) from audit_entry where chain_key = ?", "Complaint:" + id);
        problem(412, act("agent", id, "START_INVESTIGATION", "", "If-Match", etag));
        assertEquals("ACCEPTED", api.get("agent", "complaints/" + id).json().getString("status"));
        assertEquals(before, Database.count("select count(*) from audit_entry where chain_key = ?", "Complaint:" + id));

        problem(404, api.get("agent2", "complaints/" + id));
        problem(404, act("agent2", id, "START_INVESTIGATION", ""));
        problem(404, api.get("agent2", "complaints/" + id + "/history"));
        problem(403, act("auditor", id, "START_INVESTIGATION", ""));
        assertEquals(200, api.get("auditor", "complaints/" + id).status());
        assertEquals(List.of(), allowed(api.get("auditor", "complaints/" + id).json()), "auditors only read");
        problem(403, api.get("admin", "complaints/" + id));
    }

    @Test
    void badIntakeIsRefusedAndStoresNothing() throws Exception {
        long count = Database.count("select count(*) from complaint");
        ApiClient.Reply codes = api.post("agent", "complaints", "{\"customerId\":" + customerId + ",\"channel\":\"FAX\","
                + "\"businessCategory\":\"C01\",\"cause\":\"B01\",\"description\":\"x\"}");
        problem(400, codes);
        List<String> fields = codes.json().getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                .map(v -> v.getString("field")).toList();
        assertTrue(fields.containsAll(List.of("channel", "businessCategory", "cause")), fields.toString());
        problem(400, api.post("agent", "complaints", complaintJson(",\"severity\":\"APOCALYPTIC\"")));
        problem(400, api.post("agent", "complaints", complaintJson(",\"receivedAt\":\"2099-01-01T00:00:00+08:00\"")));
        problem(400, api.post("agent2", "complaints", complaintJson("")));
        problem(400, api.post("agent", "complaints", "{\"customerId\": \"abc\"}"));
        problem(400, act("agent", 1, "TELEPORT", ""));
        problem(400, api.get("agent", "complaints?status=LOST"));
        problem(400, api.get("agent", "complaints?from=yesterday"));
        assertEquals(count, Database.count("select count(*) from complaint"));
    }

    @Test
    void listsFilterByStatusOverdueBranchAndDate() {
        JsonObject open = api.get("manager", "complaints?status=INVESTIGATING&branch=BJ02&sort=decisionDueAt,asc&size=20").json();
        List<JsonObject> items = open.getJsonArray("items").getValuesAs(JsonObject.class);
        assertFalse(items.isEmpty(), "the demo data has investigations at BJ02");
        items.forEach(c -> {
            assertEquals("INVESTIGATING", c.getString("status"));
            assertEquals("BJ02", c.getString("branchCode"));
        });
        for (int i = 1; i < items.size(); i++) {
            assertTrue(items.get(i - 1).getString("decisionDueAt").compareTo(items.get(i).getString("decisionDueAt")) <= 0);
        }
        JsonObject overdue = api.get("supervisor", "complaints?overdue=true&size=50").json();
        assertTrue(overdue.getInt("total") > 0, "the demo data has overdue complaints");
        overdue.getJsonArray("items").getValuesAs(JsonObject.class).forEach(c -> {
            assertTrue(c.getBoolean("overdue"));
            assertEquals("BJ01", c.getString("branchCode"));
        });
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        JsonObject recent = api.get("auditor", "complaints?from=" + today + "&to=" + today).json();
        recent.getJsonArray("items").getValuesAs(JsonObject.class).forEach(c ->
                assertTrue(Instant.parse(c.getString("receivedAt")).isAfter(Instant.now().minus(Duration.ofDays(2)))));
        assertEquals(0, api.get("agent2", "complaints?branch=BJ01").json().getInt("total"), "scope applies to filters");
    }

    @Test
    void anIdempotencyKeyRegistersAComplaintOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        long before = Database.count("select count(*) from complaint");
        ApiClient.Reply first = api.post("agent", "complaints", complaintJson(""), "Idempotency-Key", key);
        ApiClient.Reply retry = api.post("agent", "complaints", complaintJson(""), "Idempotency-Key", key);
        assertEquals(201, first.status());
        assertEquals(201, retry.status());
        assertEquals(first.json().getString("reference"), retry.json().getString("reference"));
        assertEquals(before + 1, Database.count("select count(*) from complaint"));
    }

    @Test
    void theEscalationTimerRaisesDueComplaintsOnceToTheSupervisorThenTheManager() {
        long id = register("agent", "").getJsonNumber("id").longValue();
        ok(act("agent", id, "ACCEPT", ""));
        // from the complaint's own deadline, not a fixed number of days: one received on a weekend or
        // before a holiday starts its clock later (a run on a Saturday in Beijing failed with +14 days)
        Instant due = Instant.parse(api.get("agent", "complaints/" + id).json().getString("decisionDueAt"));
        try {
            moveClock(Duration.between(Instant.now(), due.minus(Duration.ofDays(1))));
            JsonObject run = runEscalation();
            assertTrue(run.getInt("toSupervisor") >= 1, run.toString());
            JsonObject soon = api.get("supervisor", "complaints/" + id).json();
            assertEquals(1, soon.getInt("escalationLevel"));
            assertFalse(soon.getBoolean("overdue"));

            moveClock(Duration.between(Instant.now(), due.plus(Duration.ofDays(1))));
            runEscalation();
            JsonObject late = api.get("supervisor", "complaints/" + id).json();
            assertEquals(2, late.getInt("escalationLevel"));
            assertTrue(late.getBoolean("overdue"));
            runEscalation();

            List<JsonObject> escalations = api.get("agent", "complaints/" + id + "/history").array()
                    .getValuesAs(JsonObject.class).stream().filter(e -> e.getString("action").equals("ESCALATE")).toList();
            assertEquals(2, escalations.size(), "once per level, however often the timer runs");
            assertTrue(escalations.get(0).getString("detail").contains("SUPERVISOR"));
            assertTrue(escalations.get(1).getString("detail").contains("MANAGER"));
            assertEquals("system", escalations.get(1).getString("actor"));
        } finally {
            moveClock(Duration.ZERO);
        }
    }

    private void moveClock(Duration offset) {
        new TestKit(context).moveClock(offset);
    }

    private JsonObject runEscalation() {
        return new TestKit(context).runJob("complaint-escalation");
    }

    @Test
    void twentyConcurrentAcceptsGiveExactlyOneSuccessAndAnIntactTrail() throws Exception {
        long id = register("agent", "").getJsonNumber("id").longValue();
        String etag = api.get("agent", "complaints/" + id).header("ETag").orElseThrow();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String user = i % 2 == 0 ? "agent" : "supervisor";
                boolean withIfMatch = i % 3 != 0;
                calls.add(() -> (withIfMatch ? act(user, id, "ACCEPT", "", "If-Match", etag)
                        : act(user, id, "ACCEPT", "")).status());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
            assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 409 || s == 412), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, Database.count("select count(*) from audit_entry where chain_key = ? and action = 'ACCEPT'",
                "Complaint:" + id));
        JsonObject verify = api.get("auditor", "audit/verify").json();
        assertTrue(verify.getBoolean("intact"), verify.toString());
        assertNotEquals(0, verify.getJsonNumber("entries").longValue());
    }
}
