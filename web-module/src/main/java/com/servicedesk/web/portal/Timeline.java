package com.servicedesk.web.portal;

import com.servicedesk.audit.HistoryEntry;
import com.servicedesk.shared.JsonSupport;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;

/** A record's audit trail as its page's timeline: when, who, what, and the note staff wrote. */
public final class Timeline {

    /** One event of the timeline. */
    /** One entry; {@code record} is the reference of a merged complaint whose entry this is, or null. */
    public record Item(Instant at, String actor, String action, String note, String record) implements java.io.Serializable {
    }

    private static final List<String> NOTE_FIELDS = List.of("reason", "note", "response", "resolution");

    private Timeline() {
    }

    public static List<Item> of(List<HistoryEntry> history) {
        return history.stream().map(e -> new Item(e.at(), e.actor(), e.action(), note(e.detail()), e.record())).toList();
    }

    private static String note(String detail) {
        if (detail == null || !detail.startsWith("{")) {
            return null;
        }
        try (JsonReader reader = JsonSupport.JSON.createReader(new StringReader(detail))) {
            JsonObject json = reader.readObject();
            for (String field : NOTE_FIELDS) {
                if (json.containsKey(field) && json.get(field).getValueType() == jakarta.json.JsonValue.ValueType.STRING) {
                    return json.getString(field);
                }
            }
            if (!json.containsKey("to")) {
                return null;
            }
            return (json.containsKey("from") ? json.getString("from") + " " : "") + "→ " + json.getString("to");
        } catch (RuntimeException e) {
            return null;
        }
    }
}
