package com.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The domain events on the broker's topic, as the test kit's durable subscriber (written like a bank's
 * consumer) receives them: one per documented change, in order, each with its id, type, version, time,
 * the aggregate's reference and version, and no personal data; nothing for a refused change.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DomainEventsIT {

    private static final String NAME = "事件订阅客户";
    private static final String PHONE = "13911117777";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.servicedesk();
    }

    @ArquillianResource
    private URL context;

    private ApiClient api;
    private TestKit kit;
    private String idNumber;
    private long customerId;

    @BeforeEach
    void customer() {
        api = new ApiClient(context);
        kit = new TestKit(context);
        idNumber = IdNumbers.fresh();
        ApiClient.Reply created = api.post("agent", "customers", "{\"name\":\"" + NAME + "\",\"idNumber\":\"" + idNumber
                + "\",\"phone\":\"" + PHONE + "\"}");
        assertEquals(201, created.status(), created.body());
        customerId = created.json().getJsonNumber("id").longValue();
    }

    private JsonObject act(String user, long id, String action, String extraJson) {
        ApiClient.Reply reply = api.post(user, "complaints/" + id + "/transitions", "{\"action\":\"" + action + "\""
                + extraJson + "}");
        assertEquals(200, reply.status(), action + ": " + reply.body());
        return reply.json();
    }

    @Test
    void aComplaintsLifeIsPublishedEventByEventAsDocumented() throws Exception {
        ApiClient.Reply registered = api.post("agent", "complaints", "{\"customerId\":" + customerId
                + ",\"channel\":\"PHONE\",\"businessCategory\":\"B0302\",\"cause\":\"C1101\","
                + "\"description\":\"信用卡年费被重复扣收，客户" + NAME + "要求退还。\"}");
        assertEquals(201, registered.status(), registered.body());
        long id = registered.json().getJsonNumber("id").longValue();
        String reference = registered.json().getString("reference");
        act("agent", id, "ACCEPT", "");
        act("supervisor", id, "EXTEND", ",\"reason\":\"案情复杂，需调取流水\"");
        act("manager", id, "EXTEND", ",\"reason\":\"需外部鉴定\"");
        act("agent", id, "START_INVESTIGATION", "");
        act("agent", id, "PROPOSE_RESOLUTION", ",\"resolution\":\"经核实重复扣收，全额退还。\","
                + "\"remedy\":{\"type\":\"REFUND\",\"amount\":{\"amount\":\"300.00\",\"currency\":\"CNY\"}}");
        act("supervisor", id, "RESPOND", ",\"channel\":\"PHONE\"");
        act("agent", id, "RECORD_REMEDY", "");
        act("agent", id, "CLOSE", ",\"customerResponse\":\"ACCEPTED\"");
        assertEquals(409, api.post("agent", "complaints/" + id + "/transitions", "{\"action\":\"ACCEPT\"}").status(),
                "a refused change");
        JsonObject reopened = act("supervisor", id, "REOPEN", ",\"reason\":\"客户反映退款未到账\"");

        List<JsonObject> events = received(reference, 7);
        assertEquals(List.of("complaint.received", "complaint.accepted", "complaint.extended", "complaint.extended",
                "complaint.responded", "complaint.closed", "complaint.reopened"), events.stream().map(e -> e.getString("type")).toList(),
                "one event per documented change, in order, none for the refused one");
        Set<String> ids = new HashSet<>();
        long lastVersion = -1;
        for (JsonObject event : events) {
            assertTrue(ids.add(event.getString("id")), "each event its own id");
            assertTrue(event.getString("id").matches("[0-9a-f-]{36}"), event.getString("id"));
            assertEquals(1, event.getInt("version"));
            assertTrue(Instant.parse(event.getString("occurredAt")).isAfter(Instant.now().minus(Duration.ofHours(1))));
            JsonObject aggregate = event.getJsonObject("aggregate");
            assertEquals("complaint", aggregate.getString("type"));
            assertEquals(id, aggregate.getJsonNumber("id").longValue());
            assertEquals(reference, aggregate.getString("reference"));
            long version = aggregate.getJsonNumber("version").longValue();
            assertTrue(version > lastVersion, "the aggregate's version grows: " + version + " after " + lastVersion);
            lastVersion = version;
            JsonObject data = event.getJsonObject("data");
            assertEquals("BJ01", data.getString("branchCode"));
            assertEquals("B0302", data.getString("businessCategory"));
            String body = event.toString();
            // the phone's last four digits as a masked copy would show them; only the data can hold such a
            // copy (the id and the time are random and the clock's, where any four digits may turn up)
            assertFalse(body.contains(NAME) || body.contains(PHONE) || body.contains(idNumber)
                    || data.toString().contains(PHONE.substring(7)), "no personal data in " + body);
        }
        assertEquals(reopened.getJsonNumber("version").longValue(), lastVersion, "the last event names the version now");
        assertEquals("RESPONDED", events.get(4).getJsonObject("data").getString("status"));
        assertEquals("ACCEPTED", events.get(5).getJsonObject("data").getString("customerResponse"));
        for (int extension = 1; extension <= 2; extension++) {
            JsonObject data = events.get(1 + extension).getJsonObject("data");
            assertEquals(extension, data.getInt("extensionLevel"), "each extension is an event of its own");
            assertTrue(Instant.parse(data.getString("decisionDueAt")).isAfter(Instant.parse(
                    events.get(extension).getJsonObject("data").getString("decisionDueAt"))), "the extension moves the deadline");
        }

        List<Map<String, Object>> outbox = Database.query("select count(*) as waiting from domain_event"
                + " where aggregate_reference = ? and published_at is null", reference);
        assertEquals(0L, ((Number) outbox.get(0).get("waiting")).longValue(), "the outbox is published");
    }

    @Test
    void aClosedServiceRequestAndAnApprovedApplicationArePublished() {
        ApiClient.Reply request = api.post("agent", "service-requests", "{\"customerId\":" + customerId
                + ",\"channel\":\"PHONE\",\"category\":\"ACCOUNT\",\"subject\":\"账户冻结咨询\",\"description\":\"客户询问解冻流程\"}");
        assertEquals(201, request.status(), request.body());
        long requestId = request.json().getJsonNumber("id").longValue();
        for (String step : List.of("{\"action\":\"ACCEPT\"}", "{\"action\":\"START\"}",
                "{\"action\":\"RESPOND\",\"response\":\"已告知解冻所需材料\",\"understood\":true,\"satisfied\":true}",
                "{\"action\":\"FOLLOW_UP\",\"note\":\"回访已解决\"}", "{\"action\":\"CLOSE\"}")) {
            ApiClient.Reply reply = api.post("agent", "service-requests/" + requestId + "/transitions", step);
            assertEquals(200, reply.status(), step + ": " + reply.body());
        }
        List<JsonObject> closed = received(request.json().getString("reference"), 1);
        assertEquals("service-request.closed", closed.get(0).getString("type"));
        assertEquals("CLOSED", closed.get(0).getJsonObject("data").getString("status"));

        ApiClient.Reply application = api.post("agent", "applications", "{\"customerId\":" + customerId
                + ",\"type\":\"CARD_REPLACEMENT\",\"description\":\"磁条损坏换卡\",\"documents\":[\"ID_CARD\"]}");
        assertEquals(201, application.status(), application.body());
        long applicationId = application.json().getJsonNumber("id").longValue();
        for (String[] step : List.of(new String[] {"agent", "{\"action\":\"SUBMIT\",\"documents\":[\"ID_CARD\","
                + "\"REPLACEMENT_FORM\",\"OLD_CARD_OR_LOSS\"]}"}, new String[] {"supervisor", "{\"action\":\"START_REVIEW\"}"},
                new String[] {"supervisor", "{\"action\":\"APPROVE\"}"})) {
            ApiClient.Reply reply = api.post(step[0], "applications/" + applicationId + "/transitions", step[1]);
            assertEquals(200, reply.status(), step[1] + ": " + reply.body());
        }
        List<JsonObject> approved = received(application.json().getString("reference"), 1);
        assertEquals("application.approved", approved.get(0).getString("type"));
        assertEquals("CARD_REPLACEMENT", approved.get(0).getJsonObject("data").getString("type"));
    }

    /** What the subscriber received about one aggregate, waiting up to 30 seconds for {@code expected} events. */
    private List<JsonObject> received(String reference, int expected) {
        Instant until = Instant.now().plusSeconds(30);
        List<JsonObject> events;
        do {
            api.send(ApiClient.request("admin", kit.uri("jobs/events")).POST(HttpRequest.BodyPublishers.noBody()).build());
            events = kit.get("events?reference=" + reference).getValuesAs(JsonObject.class).stream()
                    .map(e -> {
                        JsonObject body;
                        try (JsonReader reader = Json.createReader(new StringReader(e.getString("body")))) {
                            body = reader.readObject();
                        }
                        assertEquals(body.getString("id"), e.getString("eventId"), "the message's properties match its body");
                        assertEquals(body.getString("type"), e.getString("eventType"));
                        return body;
                    }).toList();
        } while (events.size() < expected && Instant.now().isBefore(until) && pause());
        assertEquals(expected, events.size(), "events about " + reference + ": " + events);
        return events;
    }

    private static boolean pause() {
        try {
            Thread.sleep(250);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
