package com.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.UUID;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The SQL statements a request may cost, counted by Hibernate's statistics of the persistence unit
 * (switched on through the server's management interface for this test only): every statement the
 * application prepares goes through Hibernate, and a batch counts once. The server's own timers
 * (the outbox publisher, the letters' dispatcher) run meanwhile and use the same statistics, so each
 * path is measured three times and its fewest statements count; a request's own statements are the
 * same every time once the caches are warm.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StatementBudgetIT {

    private static final String QUEUE = "complaints?branch=BJ01&status=INVESTIGATING&overdue=true&sort=decisionDueAt,asc&size=50";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.servicedesk();
    }

    @ArquillianResource
    private URL context;

    @ArquillianResource
    private ManagementClient management;

    private ApiClient api;
    private long customerId;

    @BeforeEach
    void statisticsOn() {
        api = new ApiClient(context);
        statistics(true);
        ApiClient.Reply customer = api.post("agent", "customers", "{\"name\":\"计数客户\",\"idNumber\":\""
                + IdNumbers.fresh() + "\",\"phone\":\"139" + String.format("%08d", System.nanoTime() % 100_000_000) + "\"}");
        assertEquals(201, customer.status(), customer.body());
        customerId = customer.json().getJsonNumber("id").longValue();
    }

    @AfterEach
    void statisticsOff() {
        statistics(false);
    }

    private String complaint() {
        return "{\"customerId\":" + customerId + ",\"channel\":\"PHONE\",\"businessCategory\":\"B0302\",\"cause\":\"C1101\","
                + "\"description\":\"信用卡年费被重复扣收\"}";
    }

    @Test
    void intakeCostsAtMostEightStatements() {
        long statements = fewest("POST /complaints", () -> api.post("agent", "complaints", complaint()), 201);
        assertTrue(statements <= 8, "POST /complaints prepared " + statements + " statements, budget 8");
    }

    @Test
    void intakeWithAnIdempotencyKeyCostsAtMostEightStatementsAndItsRetryReplays() {
        long statements = fewest("POST /complaints with Idempotency-Key", () -> api.post("agent", "complaints", complaint(),
                "Idempotency-Key", UUID.randomUUID().toString()), 201);
        assertTrue(statements <= 8, "POST /complaints with a key prepared " + statements + " statements, budget 8");

        String key = UUID.randomUUID().toString();
        ApiClient.Reply first = api.post("agent", "complaints", complaint(), "Idempotency-Key", key);
        ApiClient.Reply retry = api.post("agent", "complaints", complaint(), "Idempotency-Key", key);
        assertEquals(201, retry.status(), retry.body());
        assertEquals(first.json().getJsonNumber("id"), retry.json().getJsonNumber("id"), "the retry replays the first answer");
        assertEquals("true", retry.header("Idempotent-Replayed").orElse(""));
        ApiClient.Reply otherBody = api.post("agent", "complaints", complaint().replace("年费", "利息"), "Idempotency-Key", key);
        assertEquals(409, otherBody.status(), otherBody.body());
    }

    @Test
    void aComplaintIsReadInAtMostFourStatements() {
        // a complaint with something in the lists its view shows: a pause, and an earlier possible duplicate
        api.post("agent", "complaints", complaint());
        long id = api.post("agent", "complaints", complaint()).json().getJsonNumber("id").longValue();
        ApiClient.Reply paused = api.post("agent", "complaints/" + id + "/transitions", "{\"action\":\"ACCEPT\"}");
        assertEquals(200, paused.status(), paused.body());
        api.post("agent", "complaints/" + id + "/transitions", "{\"action\":\"START_INVESTIGATION\"}");
        api.post("agent", "complaints/" + id + "/transitions", "{\"action\":\"PAUSE_CLOCK\",\"reason\":\"司法鉴定\"}");

        long statements = fewest("GET /complaints/{id}", () -> api.get("agent", "complaints/" + id), 200);
        assertTrue(statements <= 4, "GET /complaints/{id} prepared " + statements + " statements, budget 4");
        ApiClient.Reply read = api.get("agent", "complaints/" + id);
        assertEquals(1, read.json().getJsonArray("pauses").size(), read.body());
        assertEquals(1, read.json().getJsonArray("possibleDuplicates").size(), read.body());
    }

    @Test
    void aPageOfTheWorkQueueCostsAtMostThreeStatements() {
        long statements = fewest("GET /" + QUEUE, () -> api.get("supervisor", QUEUE), 200);
        assertTrue(statements <= 3, "a page of the work queue prepared " + statements + " statements, budget 3");
    }

    @Test
    void whoAmICostsAtMostOneStatement() {
        long statements = fewest("GET /me", () -> api.get("agent", "me"), 200);
        assertTrue(statements <= 1, "GET /me prepared " + statements + " statements, budget 1");
    }

    /** The fewest statements of three runs of the request, after one that warms the caches; printed for the record. */
    private long fewest(String path, Supplier<ApiClient.Reply> request, int status) {
        ApiClient.Reply warm = request.get();
        assertEquals(status, warm.status(), warm.body());
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long before = preparedStatements();
            ApiClient.Reply reply = request.get();
            long after = preparedStatements();
            assertEquals(status, reply.status(), reply.body());
            fewest = Math.min(fewest, after - before);
        }
        System.out.println(path + ": " + fewest + " statements");
        return fewest;
    }

    private ModelNode unit() {
        ModelNode address = new ModelNode();
        address.add("deployment", "servicedesk-demo.ear").add("subdeployment", "ejb-module.jar").add("subsystem", "jpa")
                .add("hibernate-persistence-unit", "servicedesk-demo.ear/ejb-module.jar#servicedesk");
        return address;
    }

    private long preparedStatements() {
        ModelNode op = new ModelNode();
        op.get("operation").set("read-attribute");
        op.get("address").set(unit());
        op.get("name").set("prepared-statement-count");
        return execute(op).asLong();
    }

    private void statistics(boolean on) {
        ModelNode op = new ModelNode();
        op.get("operation").set("write-attribute");
        op.get("address").set(unit());
        op.get("name").set("statistics-enabled");
        op.get("value").set(on);
        execute(op);
    }

    private ModelNode execute(ModelNode op) {
        try {
            ModelNode result = management.getControllerClient().execute(op);
            assertEquals("success", result.get("outcome").asString(), result.toString());
            return result.get("result");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
