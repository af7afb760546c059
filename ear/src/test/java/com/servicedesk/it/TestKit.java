package com.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The test server's controls, which the test kit (deployed only in servicedesk-demo.ear) serves at
 * {@code /servicedesk-test-kit/test-support}: the bank's clock, a timer's job at once, the personal-data keys.
 */
final class TestKit {

    private final ApiClient api;
    private final URI base;

    TestKit(URL context) {
        this.api = new ApiClient(context);
        this.base = URI.create(context.getProtocol() + "://" + context.getHost() + ":" + context.getPort()
                + "/servicedesk-test-kit/test-support/");
    }

    URI uri(String path) {
        return base.resolve(path);
    }

    /** Moves the bank's clock this far ahead of real time (zero puts it back). */
    void moveClock(Duration offset) {
        put("clock", "{\"offsetSeconds\":" + offset.toSeconds() + "}", 200);
    }

    /** Runs a timer's job now: complaint-escalation, service-request-escalation, follow-up-escalation. */
    JsonObject runJob(String job) {
        ApiClient.Reply reply = api.send(ApiClient.request("admin", uri("jobs/" + job))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    /** The personal-data keys the server uses from now on. */
    void useKeys(String current, String previous) {
        put("pii-keys", "{\"current\":\"" + current + "\",\"previous\":\"" + previous + "\"}", 204);
    }

    /** What a test-kit control answers to GET, a JSON array. */
    jakarta.json.JsonArray get(String path) {
        ApiClient.Reply reply = api.send(ApiClient.request("admin", uri(path)).GET().build());
        assertEquals(200, reply.status(), reply.body());
        return jakarta.json.Json.createReader(new java.io.StringReader(reply.body())).readArray();
    }

    void put(String path, String json, int expected) {
        ApiClient.Reply reply = api.send(ApiClient.request("admin", uri(path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
        assertEquals(expected, reply.status(), reply.body());
    }
}
