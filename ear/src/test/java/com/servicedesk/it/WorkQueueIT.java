package com.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
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
 * Saved views and bulk actions: a view shared with the branch is seen and counted by a colleague in
 * their own scope and by no one outside the branch, only its owner changes it, a query the list cannot
 * take is refused naming the parameter; a bulk action carries out what it may, lists each refusal with
 * its reason, audits each case on its own, and exports the selection.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WorkQueueIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.servicedesk();
    }

    @ArquillianResource
    private URL context;

    private ApiClient api;
    private long customerId;

    @BeforeEach
    void customer() {
        api = new ApiClient(context);
        ApiClient.Reply customer = api.post("agent", "customers", "{\"name\":\"批量客户\",\"idNumber\":\"" + IdNumbers.fresh()
                + "\",\"phone\":\"137" + String.format("%08d", System.nanoTime() % 100_000_000) + "\"}");
        assertEquals(201, customer.status(), customer.body());
        customerId = customer.json().getJsonNumber("id").longValue();
    }

    private long complaint(String user, long customer) {
        ApiClient.Reply reply = api.post(user, "complaints", "{\"customerId\":" + customer + ",\"channel\":\"PHONE\","
                + "\"businessCategory\":\"B0302\",\"cause\":\"C1101\",\"description\":\"年费争议 " + UUID.randomUUID() + "\"}");
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getJsonNumber("id").longValue();
    }

    private JsonObject bulk(String user, String json) {
        ApiClient.Reply reply = api.post(user, "bulk-actions", json);
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private static List<Long> ids(JsonObject result, String part) {
        return result.getJsonArray(part).getValuesAs(JsonObject.class).stream()
                .map(o -> o.getJsonNumber("id").longValue()).toList();
    }

    @Test
    void aViewSharedWithTheBranchIsSeenAndCountedByAColleagueAndByNoOneOutsideIt() {
        String name = "逾期调查 " + UUID.randomUUID().toString().substring(0, 8);
        String query = "status=INVESTIGATING,ACCEPTED&overdue=false&sort=decisionDueAt,asc";
        ApiClient.Reply created = api.post("supervisor", "saved-views", "{\"name\":\"" + name
                + "\",\"list\":\"COMPLAINTS\",\"query\":\"" + query + "&page=3\",\"shared\":true}");
        assertEquals(201, created.status(), created.body());
        JsonObject view = created.json();
        long id = view.getJsonNumber("id").longValue();
        assertTrue(created.header("Location").orElse("").endsWith("/saved-views/" + id));
        assertEquals("overdue=false&sort=decisionDueAt,asc&status=INVESTIGATING,ACCEPTED", view.getString("query"),
                "kept sorted by name, without the page");
        assertEquals("BJ01", view.getString("sharedWith"));
        assertTrue(view.getBoolean("mine"));

        // a colleague of the branch sees it among their views, counted in their own scope like the list itself
        long accepted = api.get("agent", "complaints?status=INVESTIGATING,ACCEPTED&overdue=false&size=1").json()
                .getJsonNumber("total").longValue();
        JsonObject seen = api.get("agent", "saved-views?list=COMPLAINTS").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(v -> v.getJsonNumber("id").longValue() == id).findFirst()
                .orElseThrow(() -> new AssertionError("the agent of BJ01 does not see the shared view"));
        assertFalse(seen.getBoolean("mine"));
        assertEquals("supervisor", seen.getString("owner"));
        assertEquals(accepted, seen.getJsonNumber("count").longValue());
        complaint("agent", customerId);
        long after = api.get("agent", "saved-views/" + id).json().getJsonNumber("count").longValue();
        assertEquals(accepted, after, "a new complaint is RECEIVED, not in the view");

        // outside the branch the view does not exist; a colleague may not change or delete it
        assertEquals(404, api.get("agent2", "saved-views/" + id).status());
        assertTrue(api.get("agent2", "saved-views").json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .noneMatch(v -> v.getJsonNumber("id").longValue() == id));
        assertEquals(403, api.put("agent", "saved-views/" + id, "{\"name\":\"改名\",\"list\":\"COMPLAINTS\",\"query\":\"\","
                + "\"shared\":true}").status());
        assertEquals(403, api.send(ApiClient.request("agent", api.api("saved-views/" + id)).DELETE().build()).status());

        // a personal view stays with its owner
        ApiClient.Reply own = api.post("supervisor", "saved-views", "{\"name\":\"" + name + " 私人\",\"list\":\"SERVICE_REQUESTS\","
                + "\"query\":\"overdue=true\",\"shared\":false}");
        assertEquals(201, own.status(), own.body());
        assertEquals(404, api.get("agent", "saved-views/" + own.json().getJsonNumber("id").longValue()).status());

        // the owner renames it (If-Match) and deletes it; each change is in the view's audit trail
        ApiClient.Reply renamed = api.put("supervisor", "saved-views/" + id, "{\"name\":\"" + name + " 改\",\"list\":\"COMPLAINTS\","
                + "\"query\":\"" + query + "\",\"shared\":true}", "If-Match", "\"0\"");
        assertEquals(200, renamed.status(), renamed.body());
        assertEquals(412, api.put("supervisor", "saved-views/" + id, "{\"name\":\"x\",\"list\":\"COMPLAINTS\",\"query\":\"\","
                + "\"shared\":true}", "If-Match", "\"0\"").status());
        assertEquals(204, api.send(ApiClient.request("supervisor", api.api("saved-views/" + id)).DELETE().build()).status());
        List<String> trail = api.get("auditor", "audit/entries?entityType=SavedView&entityId=" + id).json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream().map(e -> e.getString("action")).toList();
        assertEquals(Set.of("CREATE_VIEW", "CHANGE_VIEW", "DELETE_VIEW"), new HashSet<>(trail));
    }

    @Test
    void aQueryTheListCannotTakeIsRefusedNamingTheParameterAndNothingIsSaved() {
        String name = "坏视图 " + UUID.randomUUID().toString().substring(0, 8);
        ApiClient.Reply badStatus = api.post("agent", "saved-views", "{\"name\":\"" + name + "\",\"list\":\"COMPLAINTS\","
                + "\"query\":\"status=LOST\",\"shared\":false}");
        assertEquals(400, badStatus.status(), badStatus.body());
        assertTrue(badStatus.body().contains("\"query.status\""), badStatus.body());
        ApiClient.Reply unknown = api.post("agent", "saved-views", "{\"name\":\"" + name + "\",\"list\":\"APPLICATIONS\","
                + "\"query\":\"overdue=true\",\"shared\":false}");
        assertEquals(400, unknown.status(), unknown.body());
        assertTrue(unknown.body().contains("'overdue' is not a filter of this list"), unknown.body());
        ApiClient.Reply badSort = api.post("agent", "saved-views", "{\"name\":\"" + name + "\",\"list\":\"COMPLAINTS\","
                + "\"query\":\"sort=colour,asc\",\"shared\":false}");
        assertEquals(400, badSort.status(), badSort.body());
        assertTrue(badSort.body().contains("\"query.sort\""), badSort.body());
        assertTrue(api.get("agent", "saved-views").json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .noneMatch(v -> v.getString("name").equals(name)));

        assertEquals(201, api.post("agent", "saved-views", "{\"name\":\"" + name + "\",\"list\":\"COMPLAINTS\","
                + "\"query\":\"\",\"shared\":false}").status());
        ApiClient.Reply twice = api.post("agent", "saved-views", "{\"name\":\"" + name + "\",\"list\":\"COMPLAINTS\","
                + "\"query\":\"overdue=true\",\"shared\":false}");
        assertEquals(400, twice.status(), twice.body());
        assertTrue(twice.body().contains("\"name\""), twice.body());
    }

    @Test
    void aBulkAssignCarriesOutWhatItMayAndListsEachRefusalWithItsReason() {
        long first = complaint("agent", customerId);
        long second = complaint("agent", customerId);
        long withdrawn = complaint("agent", customerId);
        ApiClient.Reply withdraw = api.post("agent", "complaints/" + withdrawn + "/transitions",
                "{\"action\":\"WITHDRAW\",\"reason\":\"客户撤回\"}");
        assertEquals(200, withdraw.status(), withdraw.body());
        ApiClient.Reply other = api.post("agent2", "customers", "{\"name\":\"上海客户\",\"idNumber\":\"" + IdNumbers.fresh()
                + "\",\"phone\":\"136" + String.format("%08d", System.nanoTime() % 100_000_000) + "\"}");
        long elsewhere = complaint("agent2", other.json().getJsonNumber("id").longValue());

        JsonObject result = bulk("supervisor", "{\"list\":\"COMPLAINTS\",\"action\":\"ASSIGN\",\"assignee\":\"bj01.agent1\","
                + "\"ids\":[" + first + "," + withdrawn + "," + second + "," + elsewhere + "," + first + "]}");
        assertEquals(List.of(first, second), ids(result, "done"), result.toString());
        assertEquals(List.of(withdrawn, elsewhere), ids(result, "refused"), result.toString());
        JsonObject refusedWithdrawn = result.getJsonArray("refused").getJsonObject(0);
        assertEquals("illegal-transition", refusedWithdrawn.getString("code"), refusedWithdrawn.toString());
        assertFalse(refusedWithdrawn.getString("reason").isBlank());
        assertTrue(refusedWithdrawn.getString("reference").startsWith("TS-"));
        JsonObject refusedElsewhere = result.getJsonArray("refused").getJsonObject(1);
        assertEquals("not-found", refusedElsewhere.getString("code"), refusedElsewhere.toString());
        assertFalse(refusedElsewhere.containsKey("reference") && !refusedElsewhere.isNull("reference"),
                "nothing of a case outside the branch is revealed");

        for (long id : List.of(first, second)) {
            JsonObject c = api.get("supervisor", "complaints/" + id).json();
            assertEquals("bj01.agent1", c.getString("assignee"));
            List<String> trail = api.get("supervisor", "complaints/" + id + "/history").array()
                    .getValuesAs(JsonObject.class).stream().map(e -> e.getString("action")).toList();
            assertEquals("ASSIGN", trail.get(trail.size() - 1), "each case audited on its own: " + trail);
        }
        assertEquals("agent", api.get("supervisor", "complaints/" + withdrawn).json().getString("assignee"));

        // an agent may not assign: every item is refused for its role, none assigned
        JsonObject byAgent = bulk("agent", "{\"list\":\"COMPLAINTS\",\"action\":\"ASSIGN\",\"assignee\":\"agent\",\"ids\":[" + first + "]}");
        assertEquals(List.of(first), ids(byAgent, "refused"));
        // an action that does not fit the list does nothing
        ApiClient.Reply close = api.post("supervisor", "bulk-actions", "{\"list\":\"COMPLAINTS\",\"action\":\"CLOSE\",\"ids\":[" + first + "]}");
        assertEquals(400, close.status(), close.body());
        assertEquals(400, api.post("supervisor", "bulk-actions", "{\"list\":\"COMPLAINTS\",\"action\":\"ASSIGN\",\"ids\":[]}").status());
    }

    @Test
    void aBulkNoteAndCloseOnServiceRequestsEachAuditedAndTheSelectionExported() throws Exception {
        long open = request();
        long looped = request();
        for (String step : List.of("ACCEPT", "START")) {
            assertEquals(200, api.post("agent", "service-requests/" + looped + "/transitions", "{\"action\":\"" + step + "\"}").status());
        }
        assertEquals(200, api.post("agent", "service-requests/" + looped + "/transitions", "{\"action\":\"RESPOND\","
                + "\"response\":\"已办理\",\"understood\":true,\"satisfied\":true}").status());
        assertEquals(200, api.post("agent", "service-requests/" + looped + "/transitions", "{\"action\":\"FOLLOW_UP\","
                + "\"note\":\"回访满意\"}").status());

        JsonObject noted = bulk("agent", "{\"list\":\"SERVICE_REQUESTS\",\"action\":\"ADD_NOTE\",\"note\":\"客户来电催办，已说明进度\","
                + "\"ids\":[" + open + "," + looped + "]}");
        assertEquals(List.of(open, looped), ids(noted, "done"));
        JsonObject note = api.get("agent", "service-requests/" + open + "/notes").json().getJsonArray("items").getJsonObject(0);
        assertEquals("客户来电催办，已说明进度", note.getString("text"));
        JsonObject entry = api.get("agent", "service-requests/" + open + "/history").array().getValuesAs(JsonObject.class)
                .stream().filter(e -> e.getString("action").equals("ADD_NOTE")).findFirst().orElseThrow();
        assertTrue(entry.getString("detail").contains("sha256") && !entry.getString("detail").contains("催办"),
                "the history holds the note's digest, not its text: " + entry);

        JsonObject closed = bulk("agent", "{\"list\":\"SERVICE_REQUESTS\",\"action\":\"CLOSE\",\"ids\":[" + open + "," + looped + "]}");
        assertEquals(List.of(looped), ids(closed, "done"), closed.toString());
        assertEquals(List.of(open), ids(closed, "refused"));
        assertEquals("CLOSED", api.get("agent", "service-requests/" + looped).json().getString("status"));
        assertEquals("RECEIVED", api.get("agent", "service-requests/" + open).json().getString("status"));

        HttpResponse<byte[]> export = HttpClient.newHttpClient().send(ApiClient.request("supervisor", api.api("bulk-actions/export"))
                .setHeader("Accept", "*/*").header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"list\":\"SERVICE_REQUESTS\",\"ids\":[" + open + "," + looped + "]}")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, export.statusCode(), new String(export.body(), java.nio.charset.StandardCharsets.UTF_8));
        List<String> references = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                String first = row.getCell(0) == null ? "" : row.getCell(0).toString();
                if (first.startsWith("FW-")) {
                    references.add(first);
                }
            }
        }
        assertEquals(List.of(api.get("agent", "service-requests/" + open).json().getString("reference"),
                api.get("agent", "service-requests/" + looped).json().getString("reference")), references);
        assertEquals(403, api.post("agent", "bulk-actions/export", "{\"list\":\"SERVICE_REQUESTS\",\"ids\":[" + open + "]}").status());
    }

    private long request() {
        ApiClient.Reply reply = api.post("agent", "service-requests", "{\"customerId\":" + customerId
                + ",\"channel\":\"PHONE\",\"category\":\"ACCOUNT\",\"subject\":\"账户咨询\",\"description\":\"询问账户状态\"}");
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getJsonNumber("id").longValue();
    }
}
