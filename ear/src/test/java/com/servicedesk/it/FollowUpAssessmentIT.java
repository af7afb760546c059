package com.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
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
 * Follow-up, return visits and improvement (manual chapter 4) and assessment (chapter 7) through
 * the REST API on the real server: a closed complaint's return visit, a low score's improvement
 * action, a service request's loop closed by its visit, and a period computed from records made
 * here and checked against numbers worked out by hand, then approved and locked.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FollowUpAssessmentIT {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.servicedesk();
    }

    @ArquillianResource
    private URL context;

    private ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(context);
    }

    private long newCustomer(String user) {
        ApiClient.Reply customer = api.post(user, "customers", "{\"name\":\"罗文静\",\"idNumber\":\"" + IdNumbers.fresh()
                + "\",\"phone\":\"13755556666\"}");
        assertEquals(201, customer.status(), customer.body());
        return id(customer.json());
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    private JsonObject ok(ApiClient.Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private static void problem(int status, ApiClient.Reply reply) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
    }

    private JsonObject followUpOf(String user, String reference) {
        return api.get(user, "follow-ups?queue=MINE&status=OPEN&size=500").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(f -> f.getString("sourceRef").equals(reference))
                .findFirst().orElseThrow(() -> new AssertionError("no open follow-up of " + reference + " for " + user));
    }

    private ApiClient.Reply visit(String user, long followUpId, String body) {
        return api.post(user, "follow-ups/" + followUpId + "/visits", body);
    }

    private static String reached(int speed, int professionalism, int personalisation, int overall, int nps) {
        return "{\"reached\":true,\"channel\":\"PHONE\",\"speed\":" + speed + ",\"professionalism\":" + professionalism
                + ",\"personalisation\":" + personalisation + ",\"overall\":" + overall + ",\"nps\":" + nps
                + ",\"words\":\"等了很久才有人联系我。\"}";
    }

    private static final String NOT_REACHED = "{\"reached\":false,\"channel\":\"PHONE\"}";

    private static List<String> trail(String chainKey) throws Exception {
        return Database.query("select action from audit_entry where chain_key = ? order by seq", chainKey).stream()
                .map(r -> (String) r.get("action")).toList();
    }

    // --- follow-up, return visit, improvement -------------------------------------------------------

    @Test
    void closingAComplaintSchedulesAReturnVisitAndALowScoreRaisesAnImprovementAction() throws Exception {
        long customerId = newCustomer("agent");
        JsonObject complaint = api.post("agent", "complaints", "{\"customerId\":" + customerId + ",\"channel\":\"PHONE\","
                + "\"businessCategory\":\"B0302\",\"cause\":\"C1101\",\"description\":\"信用卡年费被重复扣收。\"}").json();
        long complaintId = id(complaint);
        String reference = complaint.getString("reference");
        String path = "complaints/" + complaintId + "/transitions";
        ok(api.post("agent", path, "{\"action\":\"ACCEPT\"}"));
        ok(api.post("agent", path, "{\"action\":\"START_INVESTIGATION\"}"));
        ok(api.post("agent", path, "{\"action\":\"PROPOSE_RESOLUTION\",\"resolution\":\"全额退还年费。\","
                + "\"remedy\":{\"type\":\"APOLOGY\"},\"rootCause\":\"年费批扣任务重复执行\"}"));
        ok(api.post("supervisor", path, "{\"action\":\"RESPOND\",\"channel\":\"PHONE\"}"));
        ok(api.post("agent", path, "{\"action\":\"CLOSE\",\"customerResponse\":\"ACCEPTED\"}"));

        JsonObject followUp = followUpOf("agent", reference);
        assertEquals("RETURN_VISIT", followUp.getString("kind"));
        assertEquals("agent", followUp.getString("assignee"));
        assertEquals("BJ01", followUp.getString("branchCode"));
        assertTrue(followUp.getString("dueOn").compareTo(Instant.now().atZone(BEIJING).toLocalDate().toString()) > 0,
                "due some working days after closing");
        long followUpId = id(followUp);

        JsonObject attempt = ok(visit("agent", followUpId, NOT_REACHED));
        assertEquals("OPEN", attempt.getString("status"));
        assertEquals(1, attempt.getJsonObject("visit").getInt("attempts"));
        ApiClient.Reply bad = visit("agent", followUpId, reached(6, 3, 3, 0, 11));
        problem(400, bad);
        assertTrue(bad.body().contains("speed") && bad.body().contains("overall") && bad.body().contains("nps"), bad.body());
        assertEquals(1, ok(api.get("agent", "follow-ups/" + followUpId)).getJsonObject("visit").getInt("attempts"),
                "a refused survey changes nothing");

        JsonObject done = ok(visit("agent", followUpId, reached(2, 3, 3, 2, 3)));
        assertEquals("DONE", done.getString("status"));
        JsonObject theVisit = done.getJsonObject("visit");
        assertEquals("COMPLETED", theVisit.getString("status"));
        assertEquals(2, theVisit.getInt("attempts"));
        assertEquals(0, new BigDecimal("36.25").compareTo(theVisit.getJsonNumber("satisfactionIndex").bigDecimalValue()),
                ".25x25 + .25x50 + .20x50 + .30x25");
        problem(409, visit("agent", followUpId, reached(5, 5, 5, 5, 10)));
        long visitId = id(theVisit);
        assertEquals(List.of("ATTEMPT", "COMPLETE", "LOW_SCORE"), trail("ReturnVisit:" + visitId));
        assertEquals(List.of("SCHEDULE", "COMPLETE"), trail("FollowUp:" + followUpId));

        JsonObject action = api.get("supervisor", "improvement-actions?size=500").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getJsonArray("sources").getValuesAs(JsonObject.class).stream()
                        .anyMatch(s -> s.getString("type").equals("ReturnVisit") && s.getString("id").equals(Long.toString(visitId))))
                .findFirst().orElseThrow(() -> new AssertionError("the low score raised no improvement action"));
        assertEquals("RETURN_VISIT", action.getString("origin"));
        assertEquals("OPEN", action.getString("status"));
        assertEquals("BJ01", action.getString("branchCode"));
        assertTrue(action.getJsonArray("sources").getValuesAs(JsonObject.class).stream()
                .anyMatch(s -> s.getString("reference").equals(reference)), "it links back to the complaint");
        String owner = action.getString("owner");
        JsonObject ownerAccount = api.get("admin", "admin/users").array().getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getString("username").equals(owner)).findFirst().orElseThrow();
        assertEquals("SUPERVISOR", ownerAccount.getString("role"));
        assertEquals("BJ01", ownerAccount.getString("branchCode"));

        // The owner works the action; someone else checks it worked.
        long actionId = id(action);
        String transitions = "improvement-actions/" + actionId + "/transitions";
        problem(403, api.post("agent", transitions, "{\"action\":\"START\"}"));
        ok(api.post(owner, transitions, "{\"action\":\"START\"}"));
        ok(api.post(owner, transitions, "{\"action\":\"COMPLETE\"}"));
        problem(409, api.post(owner, transitions, "{\"action\":\"CHECK\",\"result\":\"EFFECTIVE\"}"));
        JsonObject checked = ok(api.post("manager", transitions, "{\"action\":\"CHECK\",\"result\":\"EFFECTIVE\","
                + "\"note\":\"复查未再发生\"}"));
        assertEquals("CHECKED", checked.getString("status"));
        assertEquals(List.of("RAISE", "START", "COMPLETE", "CHECK"), trail("ImprovementAction:" + actionId));

        // An action against the complaint's root cause quotes it and links to the complaint.
        String due = Instant.now().atZone(BEIJING).toLocalDate().plusDays(30).toString();
        ApiClient.Reply rootCause = api.post("supervisor", "improvement-actions", "{\"title\":\"修复年费批扣任务\","
                + "\"owner\":\"agent\",\"dueOn\":\"" + due + "\",\"origin\":\"COMPLAINT_ROOT_CAUSE\","
                + "\"sources\":[{\"type\":\"Complaint\",\"id\":\"" + complaintId + "\"}]}");
        assertEquals(201, rootCause.status(), rootCause.body());
        assertTrue(rootCause.json().getString("description").contains("年费批扣任务重复执行"));
        assertEquals(reference, rootCause.json().getJsonArray("sources").getJsonObject(0).getString("reference"));
        problem(400, api.post("supervisor", "improvement-actions", "{\"title\":\"x\",\"owner\":\"nobody.here\","
                + "\"dueOn\":\"" + due + "\"}"));
    }

    @Test
    void aReturnVisitClosesTheLoopOfTheServiceRequestItFollowsUp() {
        long customerId = newCustomer("agent");
        JsonObject request = api.post("agent", "service-requests", "{\"customerId\":" + customerId + ",\"channel\":\"PHONE\","
                + "\"category\":\"CARD\",\"subject\":\"信用卡额度\",\"description\":\"客户申请临时提额\"}").json();
        long id = id(request);
        for (String step : List.of("{\"action\":\"ACCEPT\"}", "{\"action\":\"START\"}",
                "{\"action\":\"RESPOND\",\"response\":\"已临时提额\",\"understood\":true,\"satisfied\":true}")) {
            ok(api.post("agent", "service-requests/" + id + "/transitions", step));
        }
        JsonObject followUp = followUpOf("agent", request.getString("reference"));
        // the contract's POST /return-visits, naming the follow-up in the body
        ok(api.post("agent", "return-visits", "{\"followUpId\":" + id(followUp) + "," + reached(5, 5, 4, 5, 10).substring(1)));
        assertEquals("FOLLOWED_UP", ok(api.get("agent", "service-requests/" + id)).getString("status"),
                "the visit followed the request up");
        List<String> trail = api.get("agent", "service-requests/" + id + "/history").array()
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("action")).toList();
        assertEquals(List.of("REGISTER", "ACCEPT", "START", "RESPOND", "FOLLOW_UP"), trail);
    }

    @Test
    void overdueFollowUpsAreEscalatedOnceAndSatisfactionIsShownPerBranch() throws Exception {
        JsonObject run = new TestKit(context).runJob("follow-up-escalation");
        long overdue = Database.count("select count(*) from follow_up where status = 'OPEN' and due_on < ?",
                java.sql.Date.valueOf(Instant.now().atZone(BEIJING).toLocalDate()));
        assertEquals(0, Database.count("select count(*) from follow_up where status = 'OPEN' and due_on < ?"
                + " and escalated_at is null", java.sql.Date.valueOf(Instant.now().atZone(BEIJING).toLocalDate())));
        assertTrue(overdue > 0, "the demo data leaves some follow-ups overdue");
        assertEquals(0, new TestKit(context).runJob("follow-up-escalation").getInt("escalated"),
                "once: " + run);
        assertTrue(api.get("supervisor", "follow-ups?queue=OVERDUE").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().allMatch(f -> f.getBoolean("overdue")
                        && f.getString("branchCode").equals("BJ01") && f.containsKey("escalatedAt")));

        String today = Instant.now().atZone(BEIJING).toLocalDate().toString();
        String from = Instant.now().atZone(BEIJING).toLocalDate().minusMonths(3).toString();
        List<JsonObject> summary = api.get("manager", "return-visits/satisfaction?from=" + from + "&to=" + today)
                .array().getValuesAs(JsonObject.class);
        assertEquals(List.of("BJ01", "BJ02"), summary.stream().map(s -> s.getString("branchCode")).toList(),
                "the northern manager sees the northern branches");
        for (JsonObject s : summary) {
            assertTrue(s.getInt("closed") > 0 && s.getInt("reached") <= s.getInt("closed"));
            BigDecimal index = s.getJsonNumber("index").bigDecimalValue();
            assertTrue(index.compareTo(BigDecimal.ZERO) > 0 && index.compareTo(BigDecimal.valueOf(100)) <= 0);
            assertEquals(BigDecimal.valueOf(100L * s.getInt("reached")).divide(BigDecimal.valueOf(s.getInt("closed")), 2,
                    java.math.RoundingMode.HALF_UP), s.getJsonNumber("responseRate").bigDecimalValue());
        }
        problem(400, api.get("manager", "return-visits/satisfaction?from=" + today + "&to=" + from));
    }

    // --- assessment ----------------------------------------------------------------------------------

    /**
     * A new agent's month, made here with the clock moved to the 10th of a month to come: nine
     * service requests of which seven are accepted at once (two miss their 30 minutes), four answered
     * and followed up — three customers surveyed (scores giving indexes 100, 75 and 36.25), one not
     * reached — computed on the 20th. By hand, with the default standard:
     * first response 7/9 = 77.78%, score 77.78/95 = 81.87; satisfaction (100+75+36.25)/3 = 70.42,
     * score 70.42/85 = 82.85; return visits 3/4 = 75.00%, score 75/95 = 78.95; training 0%, score 0;
     * complaints and improvement actions: nothing to count. Total
     * (81.87×.20 + 82.85×.20 + 78.95×.10 + 0×.05) / .55 = 40.839 / .55 = 74.25, 合格.
     */
    @Test
    void aComputedPeriodMatchesTheHandComputationAndAnApprovedPeriodIsLocked() throws Exception {
        YearMonth month = YearMonth.now(BEIJING).plusMonths(2);
        while (Database.count("select count(*) from assessment_period where label = ?", month.toString()) > 0) {
            month = month.plusMonths(1);   // a server whose data outlives a run has used this month already
        }
        String agent = "kpi" + Long.toString(System.nanoTime(), 36);
        ApiClient.password(agent, "Kpi-Fixture#2026");
        assertEquals(201, api.post("admin", "admin/users", "{\"username\":\"" + agent + "\",\"displayName\":\"考核样例\","
                + "\"role\":\"AGENT\",\"branchCode\":\"BJ01\",\"password\":\"Kpi-Fixture#2026\"}").status());
        try {
            moveClockTo(month.atDay(10).atTime(10, 0).atZone(BEIJING).toInstant());
            long customerId = newCustomer(agent);
            List<Long> requests = new ArrayList<>();
            for (int i = 0; i < 9; i++) {
                ApiClient.Reply r = api.post(agent, "service-requests", "{\"customerId\":" + customerId
                        + ",\"channel\":\"PHONE\",\"category\":\"ACCOUNT\",\"subject\":\"考核样例" + i
                        + "\",\"description\":\"样例请求\"}");
                assertEquals(201, r.status(), r.body());
                requests.add(id(r.json()));
            }
            for (long id : requests.subList(0, 7)) {
                ok(api.post(agent, "service-requests/" + id + "/transitions", "{\"action\":\"ACCEPT\"}"));
            }
            List<String> surveys = List.of(reached(5, 5, 5, 5, 10), reached(4, 4, 4, 4, 8), reached(2, 3, 3, 2, 3),
                    NOT_REACHED);
            for (int i = 0; i < 4; i++) {
                long id = requests.get(i);
                ok(api.post(agent, "service-requests/" + id + "/transitions", "{\"action\":\"START\"}"));
                JsonObject responded = ok(api.post(agent, "service-requests/" + id + "/transitions",
                        "{\"action\":\"RESPOND\",\"response\":\"已答复\",\"understood\":true,\"satisfied\":true}"));
                ok(visit(agent, id(followUpOf(agent, responded.getString("reference"))), surveys.get(i)));
            }
            moveClockTo(month.atDay(20).atTime(10, 0).atZone(BEIJING).toInstant());

            ApiClient.Reply created = api.post("manager", "assessment-periods", "{\"kind\":\"MONTH\",\"label\":\"" + month + "\"}");
            assertEquals(201, created.status(), created.body());
            long periodId = id(created.json());
            assertEquals("OPEN", created.json().getString("status"));
            problem(409, api.post("manager", "assessment-periods", "{\"kind\":\"MONTH\",\"label\":\"" + month + "\"}"));
            problem(400, api.post("manager", "assessment-periods", "{\"kind\":\"QUARTER\",\"label\":\"" + month + "\"}"));
            problem(403, api.post("supervisor", "assessment-periods/" + periodId + "/compute", ""));

            JsonObject job = compute(periodId);
            assertEquals(100, job.getInt("percent"));
            assertTrue(job.getString("message").contains("digest"), job.toString());
            JsonObject period = ok(api.get("manager", "assessment-periods/" + periodId));
            assertEquals("COMPUTED", period.getString("status"));
            String digest = period.getString("digest");

            List<JsonObject> staff = api.get("manager", "assessment-periods/" + periodId + "/results?type=STAFF")
                    .array().getValuesAs(JsonObject.class);
            JsonObject mine = staff.stream().filter(r -> r.getString("subject").equals(agent)).findFirst().orElseThrow();
            Map<String, JsonObject> kpis = new java.util.HashMap<>();
            mine.getJsonArray("kpis").getValuesAs(JsonObject.class).forEach(k -> kpis.put(k.getString("code"), k));
            kpi(kpis.get("FIRST_RESPONSE"), "7", "9", "77.78", "81.87");
            kpi(kpis.get("SATISFACTION"), "211.25", "3", "70.42", "82.85");
            kpi(kpis.get("RETURN_VISIT"), "3", "4", "75.00", "78.95");
            kpi(kpis.get("TRAINING"), "0", "1", "0.00", "0.00");
            for (String none : List.of("COMPLAINT_IN_LIMIT", "COMPLAINT_RATE", "IMPROVEMENT")) {
                assertFalse(kpis.get(none).getBoolean("applicable"), none);
            }
            assertEquals(0, new BigDecimal("74.25").compareTo(mine.getJsonNumber("total").bigDecimalValue()), mine.toString());
            assertEquals("PASS", mine.getString("grade"));
            assertEquals("合格", mine.getString("gradeName"));
            // ranks are bank-wide: read them as the auditor, who sees every branch
            assertCompetitionRanks(api.get("auditor", "assessment-periods/" + periodId + "/results?type=STAFF")
                    .array().getValuesAs(JsonObject.class));
            assertCompetitionRanks(api.get("auditor", "assessment-periods/" + periodId + "/results?type=BRANCH")
                    .array().getValuesAs(JsonObject.class));

            List<JsonObject> behind = api.get("manager", "assessment-periods/" + periodId + "/results/" + id(mine)
                    + "/kpis/FIRST_RESPONSE/records").array().getValuesAs(JsonObject.class);
            assertEquals(9, behind.size());
            assertEquals(7, behind.stream().filter(r -> r.getJsonNumber("value").intValue() == 1).count());

            compute(periodId);
            assertEquals(digest, ok(api.get("manager", "assessment-periods/" + periodId)).getString("digest"),
                    "computing twice gives the same results");

            String etag = api.get("manager", "assessment-periods/" + periodId).header("ETag").orElseThrow();
            problem(412, api.post("manager", "assessment-periods/" + periodId + "/approve", "{\"comment\":\"同意\"}",
                    "If-Match", "\"999\""));
            JsonObject approved = ok(api.post("manager", "assessment-periods/" + periodId + "/approve",
                    "{\"comment\":\"已审阅，同意发布。\"}", "If-Match", etag));
            assertEquals("APPROVED", approved.getString("status"));
            assertEquals("manager", approved.getString("approvedBy"));
            for (JsonObject r : api.get("manager", "assessment-periods/" + periodId + "/results").array()
                    .getValuesAs(JsonObject.class)) {
                assertEquals(r.getString("grade").equals("FAIL"), r.containsKey("improvementActionId"),
                        "every result below 合格, and only those, gets an improvement plan: " + r.getString("subject"));
            }

            problem(409, api.post("manager", "assessment-periods/" + periodId + "/compute", ""));
            problem(409, api.post("manager", "assessment-periods/" + periodId + "/review", "{\"comment\":\"再改\"}"));
            problem(409, api.post("manager", "assessment-periods/" + periodId + "/approve", "{\"comment\":\"再批\"}"));
            assertEquals(1, Database.count("select count(*) from domain_event where event_type = 'assessment-period.approved'"
                    + " and aggregate_id = ? and aggregate_version = ?", periodId, approved.getJsonNumber("version").longValue()),
                    "the approval, and not the refused second one, is an event for the bus");
            assertEquals(digest, ok(api.get("manager", "assessment-periods/" + periodId)).getString("digest"));
            assertEquals(List.of("CREATE", "COMPUTE", "COMPUTE", "APPROVE"), trail("AssessmentPeriod:" + periodId));
        } finally {
            moveClockTo(null);
        }
    }

    @Test
    void standardsAreVersionedAndABadVersionIsRefusedWithEveryReason() {
        List<JsonObject> standards = api.get("admin", "assessment-standards").array().getValuesAs(JsonObject.class);
        JsonObject current = standards.get(0);
        assertEquals("SERVICE", current.getString("code"));
        assertEquals(7, current.getJsonArray("kpis").size());
        assertEquals(4, current.getJsonArray("bands").size());
        problem(403, api.post("manager", "assessment-standards", current.toString()));
        JsonArrayBuilder heavier = Json.createArrayBuilder();
        List<JsonObject> kpis = current.getJsonArray("kpis").getValuesAs(JsonObject.class);
        heavier.add(Json.createObjectBuilder(kpis.get(0)).add("weight", new BigDecimal("0.30")));
        kpis.subList(1, kpis.size()).forEach(heavier::add);
        String bad = Json.createObjectBuilder(current).add("kpis", heavier).build().toString();
        ApiClient.Reply refused = api.post("admin", "assessment-standards", bad);
        problem(400, refused);
        assertTrue(refused.body().contains("not 1"), refused.body());
        ApiClient.Reply next = api.post("admin", "assessment-standards", current.toString());
        assertEquals(201, next.status(), next.body());
        assertEquals(current.getInt("versionNo") + 1, next.json().getInt("versionNo"));
    }

    private JsonObject compute(long periodId) throws InterruptedException {
        ApiClient.Reply started = api.post("manager", "assessment-periods/" + periodId + "/compute", "");
        assertEquals(202, started.status(), started.body());
        String location = started.header("Location").orElseThrow();
        Instant until = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(until)) {
            JsonObject job = api.send(ApiClient.request("manager", java.net.URI.create(location)).GET().build()).json();
            if (!job.getString("state").equals("RUNNING")) {
                assertEquals("SUCCEEDED", job.getString("state"), job.toString());
                return job;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the computation did not finish in two minutes");
    }

    private static void kpi(JsonObject kpi, String numerator, String denominator, String value, String score) {
        assertTrue(kpi.getBoolean("applicable"), kpi.toString());
        for (String[] pair : new String[][] {{"numerator", numerator}, {"denominator", denominator}, {"value", value},
                {"score", score}}) {
            JsonNumber n = kpi.getJsonNumber(pair[0]);
            assertNotNull(n, pair[0] + " of " + kpi);
            assertEquals(0, new BigDecimal(pair[1]).compareTo(n.bigDecimalValue()), pair[0] + " of " + kpi);
        }
    }

    private static void assertCompetitionRanks(List<JsonObject> results) {
        assertFalse(results.isEmpty());
        for (JsonObject r : results) {
            BigDecimal total = r.getJsonNumber("total").bigDecimalValue();
            long better = results.stream().filter(o -> o.getJsonNumber("total").bigDecimalValue().compareTo(total) > 0).count();
            assertEquals(better + 1, r.getInt("rank"), r.getString("subject"));
        }
    }

    private void moveClockTo(Instant target) {
        long offset = target == null ? 0 : Duration.between(Instant.now(), target).toSeconds();
        new TestKit(context).moveClock(Duration.ofSeconds(offset));
    }
}
