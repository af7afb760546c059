package com.servicedesk.shared;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON-P provider of the application. {@code jakarta.json.Json}'s static factories look the
 * provider up through the service loader on every call, which scans the deployment's jars under a
 * lock; on the request path (audit snapshots, details) that cost a measurable share of each request
 * under load, so the provider is looked up once here.
 */
public final class JsonSupport {

    public static final JsonProvider JSON = JsonProvider.provider();

    private JsonSupport() {
    }
}
