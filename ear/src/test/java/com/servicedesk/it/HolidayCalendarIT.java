package com.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "2027 arrives": an administrator proposes the year's holiday arrangement through the API, the
 * rules refuse bad days by date and store nothing, the proposer cannot approve, a second
 * administrator puts it in force, and the open complaints counted while 2027 was missing are counted
 * again, with the change in their history; then a correction as a second version. Each test uses a
 * year of its own, so none sees another's calendar.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HolidayCalendarIT {

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


    private static String day(String date, String kind, String name) {
        return "{\"date\":\"" + date + "\",\"kind\":\"" + kind + "\",\"name\":\"" + name + "\"}";
    }

    private static String proposal(String source, String... days) {
        return "{\"source\":\"" + source + "\",\"noticeDate\":\"2026-11-20\",\"days\":[" + String.join(",", days) + "]}";
    }

    /** The last day of a clock, as the customer is told it: the day before the instant it ends. */
    private static LocalDate lastDay(JsonObject complaint) {
        return LocalDate.ofInstant(Instant.parse(complaint.getString("decisionDueAt")), SHANGHAI).minusDays(1);
    }

    private long complaintReceived(String receivedAt) {
        ApiClient.Reply customer = api().post("agent", "customers", "{\"name\":\"孙立新\",\"idNumber\":\""
                + IdNumbers.fresh() + "\",\"phone\":\"13700001111\"}");
        assertEquals(201, customer.status(), customer.body());
        ApiClient.Reply complaint = api().post("agent", "complaints", "{\"customerId\":"
                + customer.json().getJsonNumber("id").longValue() + ",\"channel\":\"PHONE\",\"businessCategory\":\"B0302\","
                + "\"cause\":\"C1101\",\"description\":\"年费争议，需调取外部记录。\",\"receivedAt\":\"" + receivedAt + "\"}");
        assertEquals(201, complaint.status(), complaint.body());
        return complaint.json().getJsonNumber("id").longValue();
    }

    private JsonObject act(String user, long id, String action) {
        ApiClient.Reply reply = api().post(user, "complaints/" + id + "/transitions",
                "{\"action\":\"" + action + "\",\"reason\":\"案情复杂，需调取外部机构记录\"}");
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private static void refused(int status, ApiClient.Reply reply) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
    }

    /** The 400 of one bad day: one violation, on that day's field, naming the date. */
    private void refusedByDate(String year, String badDay, String field, String date) {
        ApiClient.Reply reply = api().put("admin", "admin/holiday-calendars/" + year,
                proposal("通知", day(year + "-01-01", "OFF", "元旦"), badDay));
        refused(400, reply);
        var violations = reply.json().getJsonArray("violations");
        assertEquals(1, violations.size(), reply.body());
        assertEquals("days[1]." + field, violations.getJsonObject(0).getString("field"), reply.body());
        assertTrue(violations.getJsonObject(0).getString("message").contains(date), reply.body());
    }

    @Test
    void theNextYearArrivesIsApprovedByASecondAdministratorAndOpenComplaintsAreCountedAgain() throws Exception {
        // Monday 30 November 2026 + 60 days (twice extended) = Friday 29 January 2027; 2027 has no calendar yet
        long extended = complaintReceived("2026-11-30T10:00:00+08:00");
        act("supervisor", extended, "EXTEND");
        JsonObject flagged = act("manager", extended, "EXTEND");
        assertEquals(LocalDate.of(2027, 1, 29), lastDay(flagged), "unshifted while 2027 is missing");
        assertEquals("holiday calendar not loaded for [2027]", flagged.getString("dueFlag"));
        assertEquals(List.of(2027), flagged.getJsonArray("missingCalendarYears").getValuesAs(jakarta.json.JsonNumber.class)
                .stream().map(jakarta.json.JsonNumber::intValue).toList());
        // received 2 November: its 15 days end on 17 November 2026 and 2027 cannot move them
        long untouched = complaintReceived("2026-11-02T10:00:00+08:00");

        assertEquals(404, api().get("agent", "reference/holiday-calendars/2027").status());

        // every rule refuses with its own 400, naming the date, and stores nothing
        refusedByDate("2027", day("2028-01-03", "OFF", "元旦"), "date", "2028-01-03");
        refusedByDate("2027", day("2027-01-01", "OFF", "元旦"), "date", "2027-01-01");
        refusedByDate("2027", day("2027-02-08", "WORKING", "春节调休上班"), "kind", "2027-02-08");
        refusedByDate("2027", day("2027-02-07", "HALF_DAY", "春节"), "kind", "2027-02-07");
        ApiClient.Reply empty = api().put("admin", "admin/holiday-calendars/2027", proposal("通知"));
        refused(400, empty);
        assertEquals("days", empty.json().getJsonArray("violations").getJsonObject(0).getString("field"));
        assertEquals(0, api().get("admin", "admin/holiday-calendars/2027").array().size(), "nothing stored");
        assertEquals(0, Database.count("select count(*) from holiday_calendar_version where calendar_year = 2027"));

        // only administrators propose
        String days = String.join(",", day("2027-01-01", "OFF", "元旦"), day("2027-01-29", "OFF", "春节"),
                day("2027-02-06", "WORKING", "春节调休上班"));
        refused(403, api().put("manager", "admin/holiday-calendars/2027", proposal("通知", days)));

        ApiClient.Reply proposed = api().put("admin", "admin/holiday-calendars/2027",
                proposal("国务院办公厅关于2027年部分节假日安排的通知（测试）", days));
        assertEquals(201, proposed.status(), proposed.body());
        assertEquals("PROPOSED", proposed.json().getString("status"));
        assertEquals(1, proposed.json().getInt("version"));
        ApiClient.Reply revised = api().put("admin", "admin/holiday-calendars/2027",
                proposal("国务院办公厅关于2027年部分节假日安排的通知", days));
        assertEquals(200, revised.status(), "a proposal waiting is revised in place: " + revised.body());
        assertEquals(1, revised.json().getInt("version"));

        refused(409, api().post("admin", "admin/holiday-calendars/2027/approve", ""));
        refused(403, api().post("manager", "admin/holiday-calendars/2027/approve", ""));
        assertTrue(api().get("agent", "complaints/" + extended).json().containsKey("dueFlag"),
                "a proposal is not in force");

        ApiClient.Reply approved = api().post("admin2", "admin/holiday-calendars/2027/approve", "");
        assertEquals(200, approved.status(), approved.body());
        assertEquals("IN_FORCE", approved.json().getString("status"));
        assertEquals("admin2", approved.json().getString("approvedBy"));
        assertTrue(approved.json().getInt("recomputedCases") >= 1, approved.body());

        // 29 January is now a day off and 30-31 are the weekend: the limit ends on Monday 1 February (art. 203)
        JsonObject recounted = api().get("agent", "complaints/" + extended).json();
        assertEquals(LocalDate.of(2027, 2, 1), lastDay(recounted));
        assertFalse(recounted.containsKey("dueFlag"), recounted.toString());
        Map<String, Object> row = Database.query("select decision_due_at, due_flag from complaint where id = ?", extended).get(0);
        assertEquals(null, row.get("due_flag"), "the stored deadline the queues sort on is recounted too");
        List<JsonObject> history = api().get("agent", "complaints/" + extended + "/history").array()
                .getValuesAs(JsonObject.class);
        JsonObject recount = history.stream().filter(e -> e.getString("action").equals("RECOUNT_DEADLINE")).findFirst()
                .orElseThrow(() -> new AssertionError("the recount is in the history: " + history));
        assertEquals("admin2", recount.getString("actor"));
        assertTrue(recount.getString("detail").contains("\"from\":\"2027-01-29\""), recount.getString("detail"));
        assertTrue(recount.getString("detail").contains("\"to\":\"2027-02-01\""), recount.getString("detail"));
        assertTrue(api().get("agent", "complaints/" + untouched + "/history").array().getValuesAs(JsonObject.class)
                .stream().noneMatch(e -> e.getString("action").equals("RECOUNT_DEADLINE")));

        // the reference data serve it, with an entity tag a client can revalidate
        ApiClient.Reply inForce = api().get("agent", "reference/holiday-calendars/2027");
        assertEquals(200, inForce.status());
        assertEquals(3, inForce.json().getJsonArray("days").size());
        assertEquals("WORKING", inForce.json().getJsonArray("days").getJsonObject(2).getString("kind"));
        String etag = inForce.header("ETag").orElseThrow();
        ApiClient.Reply notModified = api().send(ApiClient.request("agent", api().api("reference/holiday-calendars/2027"),
                "If-None-Match", etag).GET().build());
        assertEquals(304, notModified.status());
        assertTrue(api().get("agent", "reference/holiday-calendars").array().getValuesAs(JsonObject.class).stream()
                .anyMatch(v -> v.getInt("year") == 2027 && v.getString("status").equals("IN_FORCE")));

        // a correction is a second version, approved the same way; the complaint follows it
        ApiClient.Reply correction = api().put("admin2", "admin/holiday-calendars/2027", proposal("更正通知",
                day("2027-01-01", "OFF", "元旦"), day("2027-02-06", "WORKING", "春节调休上班")));
        assertEquals(201, correction.status(), correction.body());
        assertEquals(2, correction.json().getInt("version"));
        refused(409, api().post("admin2", "admin/holiday-calendars/2027/approve", ""));
        assertEquals(200, api().post("admin", "admin/holiday-calendars/2027/approve", "").status());
        assertEquals(LocalDate.of(2027, 1, 29), lastDay(api().get("agent", "complaints/" + extended).json()),
                "an ordinary Friday again");
        List<JsonObject> versions = api().get("admin", "admin/holiday-calendars/2027").array().getValuesAs(JsonObject.class);
        assertEquals(List.of("IN_FORCE", "SUPERSEDED"), versions.stream().map(v -> v.getString("status")).toList());
        assertEquals(2, api().get("agent", "complaints/" + extended + "/history").array().getValuesAs(JsonObject.class)
                .stream().filter(e -> e.getString("action").equals("RECOUNT_DEADLINE")).count());

        // the audit trail shows every version, in order, and the auditor reads it
        List<Object> trail = Database.query("select action from audit_entry where chain_key = 'HolidayCalendar:2027'"
                + " order by seq").stream().map(r -> r.get("action")).toList();
        assertEquals(List.of("PROPOSE", "REVISE", "APPROVE", "PROPOSE", "APPROVE"), trail);
        assertEquals(5, api().get("auditor", "audit/entries?entityType=HolidayCalendar&entityId=2027&size=50")
                .json().getJsonArray("items").size());
    }

    @Test
    void concurrentApprovalsPutTheProposalInForceOnce() throws Exception {
        ApiClient.Reply proposed = api().put("admin", "admin/holiday-calendars/2031",
                proposal("并发测试", day("2031-01-01", "OFF", "元旦")));
        assertEquals(201, proposed.status(), proposed.body());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> approvals = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                approvals.add(() -> api().post("admin2", "admin/holiday-calendars/2031/approve", "").status());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(approvals)) {
                statuses.add(f.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
            assertEquals(7, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, Database.count("select count(*) from holiday_calendar_version where calendar_year = 2031"
                + " and status = 'IN_FORCE'"));
        assertEquals(1, Database.count("select count(*) from audit_entry where chain_key = 'HolidayCalendar:2031'"
                + " and action = 'APPROVE'"));
    }

    @Test
    void onlyAdministratorsChangeCalendarsAndEveryoneSignedInReadsThem() {
        assertEquals(200, api().get("agent", "reference/holiday-calendars").status());
        JsonObject y2026 = api().get("auditor", "reference/holiday-calendars/2026").json();
        assertEquals(1, y2026.getInt("version"));
        assertEquals("IN_FORCE", y2026.getString("status"));
        assertTrue(y2026.getJsonArray("days").getValuesAs(JsonObject.class).stream()
                .anyMatch(d -> d.getString("date").equals("2026-02-14") && d.getString("kind").equals("WORKING")));
        refused(403, api().put("agent", "admin/holiday-calendars/2032", proposal("x", day("2032-01-01", "OFF", "元旦"))));
        refused(403, api().post("auditor", "admin/holiday-calendars/2032/approve", ""));
        assertEquals(401, api().get(null, "reference/holiday-calendars").status());
        refused(409, api().post("admin2", "admin/holiday-calendars/2033/approve", ""));
        assertEquals(JsonValue.ValueType.ARRAY, api().get("admin", "admin/holiday-calendars/2033").array().getValueType());
    }
}
