package com.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Service requests (the closed loop, response targets, escalation) and business applications (the
 * checklist and four eyes) through the REST API on the real server.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ServiceAndApplicationApiIT {

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
        ApiClient.Reply customer = api.post("agent", "customers", "{\"name\":\"梁晓明\",\"idNumber\":\""
                + IdNumbers.fresh() + "\",\"phone\":\"13633334444\"}");
        assertEquals(201, customer.status(), customer.body());
        customerId = customer.json().getJsonNumber("id").longValue();
    }

    private JsonObject ok(ApiClient.Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private static void problem(int status, ApiClient.Reply reply) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
    }

    private static List<String> allowed(JsonObject record) {
        return record.getJsonArray("allowedActions").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    // --- service requests --------------------------------------------------------------------------

    private long newRequest(String user, String channel) {
        ApiClient.Reply created = api.post(user, "service-requests", "{\"customerId\":" + customerId + ",\"channel\":\""
                + channel + "\",\"category\":\"ACCOUNT\",\"subject\":\"账户冻结咨询\",\"description\":\"客户询问解冻流程\"}");
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    private ApiClient.Reply srAct(String user, long id, String action, String extra, String... headers) {
        return api.post(user, "service-requests/" + id + "/transitions", "{\"action\":\"" + action + "\"" + extra + "}", headers);
    }

    @Test
    void aServiceRequestRunsTheClosedLoopAndItsFeedbackAndFollowUpAreKept() throws Exception {
        long id = newRequest("agent", "PHONE");
        JsonObject created = api.get("agent", "service-requests/" + id).json();
        assertTrue(created.getString("reference").matches("FW-\\d{8}-\\d{6}"));
        assertEquals("RECEIVED", created.getString("status"));
        Instant received = Instant.parse(created.getString("receivedAt"));
        assertEquals(Duration.ofMinutes(30), Duration.between(received, Instant.parse(created.getString("firstResponseDueAt"))),
                "the telephone standard for account matters: 30 minutes to first response");
        assertEquals(Duration.ofHours(24), Duration.between(received, Instant.parse(created.getString("resolutionDueAt"))));
        assertEquals("agent", created.getString("assignee"));

        ok(srAct("agent", id, "ACCEPT", ""));
        ok(srAct("agent", id, "START", ",\"note\":\"已调取账户信息\""));
        problem(400, srAct("agent", id, "RESPOND", ""));
        JsonObject responded = ok(srAct("agent", id, "RESPOND", ",\"response\":\"已告知解冻所需材料\","
                + "\"understood\":true,\"satisfied\":false,\"feedbackNote\":\"等待时间较长\""));
        assertEquals("RESPONDED", responded.getString("status"));
        assertFalse(responded.getBoolean("feedbackSatisfied"));
        assertEquals("OPEN", Database.query("select status from follow_up where source_type = 'ServiceRequest'"
                + " and source_id = ?", id).get(0).get("status"), "answering schedules the follow-up");
        ok(srAct("agent", id, "FOLLOW_UP", ",\"note\":\"回访已解决\""));
        assertEquals("DONE", Database.query("select status from follow_up where source_type = 'ServiceRequest'"
                + " and source_id = ?", id).get(0).get("status"));
        assertEquals("CLOSED", ok(srAct("agent", id, "CLOSE", "")).getString("status"));

        List<String> trail = api.get("agent", "service-requests/" + id + "/history").array()
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("action")).toList();
        assertEquals(List.of("REGISTER", "ACCEPT", "START", "RESPOND", "FOLLOW_UP", "CLOSE"), trail);
    }

    @Test
    void illegalStaleForbiddenAndForeignRequestsAreRefused() {
        long id = newRequest("agent", "BRANCH");
        ApiClient.Reply illegal = srAct("agent", id, "CLOSE", "");
        problem(409, illegal);
        assertTrue(illegal.body().contains("\"ACCEPT\""), illegal.body());
        String etag = api.get("agent", "service-requests/" + id).header("ETag").orElseThrow();
        ok(srAct("agent", id, "ACCEPT", "", "If-Match", etag));
        problem(412, srAct("supervisor", id, "START", "", "If-Match", etag));
        problem(403, srAct("agent", id, "ASSIGN", ",\"assignee\":\"bj01.agent1\""));
        problem(403, srAct("auditor", id, "START", ""));
        problem(400, srAct("supervisor", id, "ASSIGN", ",\"assignee\":\"agent2\""), "not a member of BJ01");
        assertEquals("bj01.agent1", ok(srAct("supervisor", id, "ASSIGN", ",\"assignee\":\"bj01.agent1\"")).getString("assignee"));
        problem(404, api.get("agent2", "service-requests/" + id));
        problem(404, srAct("agent2", id, "START", ""));
        problem(400, api.post("agent", "service-requests", "{\"customerId\":" + customerId + ",\"channel\":\"LETTER\","
                + "\"category\":\"NOPE\",\"subject\":\"x\",\"description\":\"y\"}"));
    }

    private static void problem(int status, ApiClient.Reply reply, String why) {
        assertEquals(status, reply.status(), why + ": " + reply.body());
    }

    @Test
    void aBreachedTargetIsEscalatedToTheSupervisorByTheTimerOnce() {
        long id = newRequest("agent", "PHONE");
        try {
            moveClock(Duration.ofMinutes(45));
            JsonObject run = runJob("service-request-escalation");
            assertTrue(run.getInt("escalated") >= 1, run.toString());
            JsonObject escalated = api.get("supervisor", "service-requests/" + id).json();
            assertEquals(1, escalated.getInt("escalationLevel"));
            assertTrue(escalated.getBoolean("overdue"));
            runJob("service-request-escalation");
            List<JsonObject> escalations = api.get("agent", "service-requests/" + id + "/history").array()
                    .getValuesAs(JsonObject.class).stream().filter(e -> e.getString("action").equals("ESCALATE")).toList();
            assertEquals(1, escalations.size());
            assertTrue(escalations.get(0).getString("detail").contains("FIRST_RESPONSE"));
            List<Long> overdue = api.get("supervisor", "service-requests?overdue=true&size=500").json()
                    .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .map(r -> r.getJsonNumber("id").longValue()).toList();
            assertTrue(overdue.contains(id));
        } finally {
            moveClock(Duration.ZERO);
        }
    }

    @Test
    void queuesFilterByStatusAssigneeAndBranch() {
        long id = newRequest("agent", "MOBILE_APP");
        JsonObject mine = api.get("agent", "service-requests?assignee=agent&status=RECEIVED&size=200").json();
        assertTrue(mine.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(r -> r.getJsonNumber("id").longValue() == id));
        mine.getJsonArray("items").getValuesAs(JsonObject.class).forEach(r -> {
            assertEquals("agent", r.getString("assignee"));
            assertEquals("RECEIVED", r.getString("status"));
        });
        JsonObject branch = api.get("manager", "service-requests?branch=BJ02&status=CLOSED&size=5").json();
        assertTrue(branch.getInt("total") > 0, "the demo data has closed requests at BJ02");
        assertEquals(0, api.get("agent2", "service-requests?branch=BJ01").json().getInt("total"));
    }

    @Test
    void theDemoDataPutsSomethingInTheBranchsOverdueQueue() {
        JsonObject overdue = api.get("supervisor", "service-requests?branch=BJ01&overdue=true&size=50").json();
        assertTrue(overdue.getInt("total") > 0, "a visitor sees the overdue filter at work");
        overdue.getJsonArray("items").getValuesAs(JsonObject.class).forEach(r -> assertTrue(r.getBoolean("overdue"), r.toString()));
    }

    private void moveClock(Duration offset) {
        new TestKit(context).moveClock(offset);
    }

    private JsonObject runJob(String job) {
        return new TestKit(context).runJob(job);
    }

    // --- business applications -----------------------------------------------------------------------

    private ApiClient.Reply appAct(String user, long id, String action, String extra) {
        return api.post(user, "applications/" + id + "/transitions", "{\"action\":\"" + action + "\"" + extra + "}");
    }

    @Test
    void applicationTypesListTheirRequiredDocuments() {
        JsonObject card = api.get("agent", "reference/application-types").array().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("code").equals("CARD_REPLACEMENT")).findFirst().orElseThrow();
        assertEquals(List.of("ID_CARD", "REPLACEMENT_FORM", "OLD_CARD_OR_LOSS"), card.getJsonArray("requiredDocuments")
                .getValuesAs(JsonObject.class).stream().map(d -> d.getString("code")).toList());
    }

    @Test
    void anApplicationNeedsItsChecklistAndASecondPersonToApproveIt() throws Exception {
        ApiClient.Reply created = api.post("agent", "applications", "{\"customerId\":" + customerId
                + ",\"type\":\"CARD_REPLACEMENT\",\"description\":\"磁条损坏换卡\",\"documents\":[\"ID_CARD\"]}");
        assertEquals(201, created.status(), created.body());
        JsonObject draft = created.json();
        long id = draft.getJsonNumber("id").longValue();
        assertEquals("DRAFT", draft.getString("status"));
        assertEquals(List.of("REPLACEMENT_FORM", "OLD_CARD_OR_LOSS"), draft.getJsonArray("missingDocuments")
                .getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());

        ApiClient.Reply incomplete = appAct("agent", id, "SUBMIT", "");
        problem(409, incomplete);
        assertTrue(incomplete.body().contains("REPLACEMENT_FORM"), incomplete.body());
        ok(appAct("agent", id, "SUBMIT", ",\"documents\":[\"ID_CARD\",\"REPLACEMENT_FORM\",\"OLD_CARD_OR_LOSS\"]"));
        problem(403, appAct("agent", id, "START_REVIEW", ""));
        ok(appAct("supervisor", id, "START_REVIEW", ""));
        ok(appAct("supervisor", id, "RETURN", ",\"note\":\"请补充客户签名\""));
        JsonObject resubmitted = ok(appAct("supervisor", id, "SUBMIT", ""));
        assertTrue(resubmitted.getJsonArray("submitters").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList().containsAll(List.of("agent", "supervisor")));

        ApiClient.Reply ownReview = appAct("supervisor", id, "START_REVIEW", "");
        problem(409, ownReview);
        assertTrue(ownReview.json().getString("type").endsWith("four-eyes"), ownReview.body());
        assertFalse(allowed(api.get("supervisor", "applications/" + id).json()).contains("START_REVIEW"));
        assertFalse(api.get("supervisor", "applications/review-queue?size=500").body().contains("\"id\":" + id + ","),
                "the checker's queue leaves out what the caller made or submitted");
        assertTrue(api.get("manager", "applications/review-queue?size=500").body().contains("\"id\":" + id + ","));

        ok(appAct("manager", id, "START_REVIEW", ""));
        JsonObject approved = ok(appAct("manager", id, "APPROVE", ""));
        assertEquals("manager", approved.getString("reviewer"));
        ok(appAct("agent", id, "START_PROCESSING", ""));
        assertEquals("COMPLETED", ok(appAct("agent", id, "COMPLETE", "")).getString("status"));

        List<String> trail = api.get("agent", "applications/" + id + "/history").array().getValuesAs(JsonObject.class)
                .stream().map(e -> e.getString("action")).toList();
        assertEquals(List.of("CREATE", "SUBMIT", "START_REVIEW", "RETURN", "SUBMIT", "START_REVIEW", "APPROVE",
                "START_PROCESSING", "COMPLETE"), trail);
        Map<String, Object> row = Database.query("select status, submit_count from business_application where id = ?", id).get(0);
        assertEquals("COMPLETED", row.get("status"));
        assertEquals(2, ((Number) row.get("submit_count")).intValue());
        problem(404, api.get("agent2", "applications/" + id));
        problem(400, api.post("agent", "applications", "{\"customerId\":" + customerId
                + ",\"type\":\"CARD_REPLACEMENT\",\"description\":\"x\",\"documents\":[\"PASSPORT\"]}"));
    }
}
