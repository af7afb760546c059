package com.servicedesk.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for every request and response. Without a resolver RESTEasy builds a new
 * {@code Jsonb} for each body it reads or writes: a service-loader scan of the deployment and a fresh
 * mapping model each time, which the intake benchmark showed as a quarter of the server's CPU. A
 * {@code Jsonb} is thread-safe and caches its class models, so one serves all.
 */
@Provider
public class SharedJsonb implements ContextResolver<Jsonb> {

    static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
