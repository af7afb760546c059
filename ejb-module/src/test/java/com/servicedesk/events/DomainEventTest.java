package com.servicedesk.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.servicedesk.shared.JsonSupport;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DomainEventTest {

    @Test
    void theMessageBodyCarriesTheEnvelopeAndTheDataWithoutNulls() {
        DomainEvent event = new DomainEvent("6f0c3a52-0000-4000-8000-000000000001", DomainEventType.COMPLAINT_CLOSED,
                DomainEventType.VERSION, Instant.parse("2026-12-03T06:12:09Z"), "complaint", 4711, "TS-20261203-000042", 9,
                DomainEvent.data("status", "CLOSED", "plans", 3, "extended", true, "customerResponse", null));
        JsonObject json = JsonSupport.JSON.createReader(new StringReader(event.json())).readObject();
        assertEquals("complaint.closed", json.getString("type"));
        assertEquals(1, json.getInt("version"));
        assertEquals("2026-12-03T06:12:09Z", json.getString("occurredAt"));
        JsonObject aggregate = json.getJsonObject("aggregate");
        assertEquals("TS-20261203-000042", aggregate.getString("reference"));
        assertEquals(9, aggregate.getInt("version"));
        JsonObject data = json.getJsonObject("data");
        assertEquals("CLOSED", data.getString("status"));
        assertEquals(3, data.getInt("plans"));
        assertEquals(true, data.getBoolean("extended"));
        assertFalse(data.containsKey("customerResponse"), "a null value is left out");
    }
}
