package com.servicedesk.events;

import com.servicedesk.shared.JsonSupport;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;

/**
 * One domain event as the bus carries it: its id (consumers de-duplicate by it, delivery being at
 * least once), its type and the version of its shape, when it happened, the aggregate it is about
 * (type, id, reference and the version the change gave it) and data of codes and states only.
 */
public record DomainEvent(String id, DomainEventType type, int version, Instant occurredAt, String aggregateType,
                          long aggregateId, String aggregateReference, long aggregateVersion, JsonObject data) {

    /** The JSON document the topic's text messages carry. */
    public String json() {
        return JsonSupport.JSON.createObjectBuilder()
                .add("id", id)
                .add("type", type.wireName())
                .add("version", version)
                .add("occurredAt", occurredAt.toString())
                .add("aggregate", JsonSupport.JSON.createObjectBuilder()
                        .add("type", aggregateType)
                        .add("id", aggregateId)
                        .add("reference", aggregateReference)
                        .add("version", aggregateVersion))
                .add("data", data)
                .build().toString();
    }

    /** A data object from name and value pairs, leaving out the null values. */
    public static JsonObject data(Object... namesAndValues) {
        JsonObjectBuilder data = JsonSupport.JSON.createObjectBuilder();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value instanceof Number n) {
                data.add((String) namesAndValues[i], n.longValue());
            } else if (value instanceof Boolean b) {
                data.add((String) namesAndValues[i], b);
            } else if (value != null) {
                data.add((String) namesAndValues[i], value.toString());
            }
        }
        return data.build();
    }
}
