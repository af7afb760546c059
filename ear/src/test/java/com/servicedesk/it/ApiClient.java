package com.servicedesk.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/** A small HTTP client for the REST API, speaking as one of the demo users. */
final class ApiClient {

    static final String PASSWORD = "Demo#2026";
    /** Passwords of users a test created, who do not have the demo password. */
    private static final java.util.Map<String, String> PASSWORDS = new java.util.concurrent.ConcurrentHashMap<>();

    static void password(String user, String password) {
        PASSWORDS.put(user, password);
    }

    /** One answer: status, headers and body, with the body readable as JSON. */
    record Reply(int status, java.net.http.HttpHeaders headers, String body) {

        JsonObject json() {
            return (JsonObject) structure();
        }

        JsonArray array() {
            return (JsonArray) structure();
        }

        private JsonStructure structure() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        String contentType() {
            return header("Content-Type").orElse("");
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI api;
    private final URI root;

    ApiClient(URL context) {
        this.api = URI.create(Deployments.portal(context) + "api/v1/");
        this.root = URI.create(context.getProtocol() + "://" + context.getHost() + ":" + context.getPort() + "/");
    }

    URI api(String path) {
        return api.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    URI root(String path) {
        return root.resolve(path);
    }

    Reply get(String user, String path) {
        return send(request(user, api(path)).GET().build());
    }

    Reply post(String user, String path, String json, String... headers) {
        return send(request(user, api(path), headers)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    Reply patch(String user, String path, String json, String... headers) {
        return withBody("PATCH", user, path, json, headers);
    }

    Reply put(String user, String path, String json, String... headers) {
        return withBody("PUT", user, path, json, headers);
    }

    private Reply withBody(String method, String user, String path, String json, String... headers) {
        return send(request(user, api(path), headers)
                .header("Content-Type", "application/json; charset=UTF-8")
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpRequest.Builder request(String user, URI uri, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (user != null) {
            builder.header("Authorization", basic(user, PASSWORDS.getOrDefault(user, PASSWORD)));
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
