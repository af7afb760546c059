package com.servicedesk.audit;

import com.servicedesk.shared.JsonSupport;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keeps personal text out of audit entries. The top-level fields of an entry's states and detail that
 * may carry a person's name, number or words (a customer's name and contact data, a reason, a note, a
 * resolution, a customer's answer) are replaced in the entry by {@code sealed:} and an HMAC-SHA256 of
 * the field's path and value under a random salt; the values and the salt go to {@link AuditPersonalData}.
 * Reading an entry puts the values back while they exist, and shows {@link #ERASED} once retention
 * has deleted them.
 */
public final class PersonalText {

    /** The fields sealed wherever they occur at the top of a state or a detail. */
    public static final Set<String> FIELDS = Set.of("name", "idNumber", "phone", "email", "reason", "resolution",
            "rootCause", "decision", "note", "response", "feedbackNote", "words", "description", "subject", "text");
    /** What a sealed value reads as once its text is gone. */
    public static final String ERASED = "［已匿名化 erased］";
    static final String PREFIX = "sealed:";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** An event with its personal text sealed, the values taken out, and the salt they were sealed with. */
    record Sealed(AuditEvent event, Map<String, String> values, String salt) {
        boolean hasValues() {
            return !values.isEmpty();
        }
    }

    private PersonalText() {
    }

    static Sealed seal(AuditEvent event) {
        byte[] saltBytes = new byte[16];
        RANDOM.nextBytes(saltBytes);
        String salt = HexFormat.of().formatHex(saltBytes);
        Map<String, String> values = new LinkedHashMap<>();
        AuditEvent sealed = new AuditEvent(event.entityType(), event.entityId(), event.action(),
                seal(event.before(), "before", salt, values), seal(event.after(), "after", salt, values),
                seal(event.detail(), "detail", salt, values));
        return new Sealed(values.isEmpty() ? event : sealed, values, salt);
    }

    private static String seal(String json, String part, String salt, Map<String, String> values) {
        if (json == null || FIELDS.stream().noneMatch(f -> json.contains("\"" + f + "\""))) {
            return json; // most entries (a complaint's states) name none: no parsing on the request path
        }
        JsonObject object = parse(json);
        if (object == null || object.keySet().stream().noneMatch(FIELDS::contains)) {
            return json;
        }
        JsonObjectBuilder out = JsonSupport.JSON.createObjectBuilder();
        object.forEach((key, value) -> {
            if (FIELDS.contains(key) && value instanceof JsonString text) {
                String path = part + "." + key;
                values.put(path, text.getString());
                out.add(key, PREFIX + hmac(salt, path, text.getString()));
            } else {
                out.add(key, value);
            }
        });
        return out.build().toString();
    }

    /** The entry's state or detail as it was written: each sealed value its text, or {@link #ERASED}. */
    static String unseal(String json, String part, Map<String, String> values) {
        if (json == null || !json.contains(PREFIX)) {
            return json;
        }
        JsonObject object = parse(json);
        if (object == null) {
            return json;
        }
        JsonObjectBuilder out = JsonSupport.JSON.createObjectBuilder();
        object.forEach((key, value) -> {
            if (value instanceof JsonString s && s.getString().startsWith(PREFIX)) {
                String text = values.get(part + "." + key);
                out.add(key, text == null ? ERASED : text);
            } else {
                out.add(key, value);
            }
        });
        return out.build().toString();
    }

    /** Whether each kept value still matches the digest its entry holds (a changed text is found). */
    static boolean matches(AuditEntry entry, AuditPersonalData data) {
        Map<String, String> values = values(data);
        for (Map.Entry<String, String> v : values.entrySet()) {
            String part = v.getKey().substring(0, v.getKey().indexOf('.'));
            String field = v.getKey().substring(part.length() + 1);
            JsonObject object = parse(switch (part) {
                case "before" -> entry.beforeState();
                case "after" -> entry.afterState();
                default -> entry.detail();
            });
            JsonValue sealed = object == null ? null : object.get(field);
            if (!(sealed instanceof JsonString s)
                    || !s.getString().equals(PREFIX + hmac(data.salt(), v.getKey(), v.getValue()))) {
                return false;
            }
        }
        return true;
    }

    static Map<String, String> values(AuditPersonalData data) {
        Map<String, String> values = new LinkedHashMap<>();
        JsonObject object = parse(data.values());
        if (object != null) {
            object.forEach((k, v) -> values.put(k, ((JsonString) v).getString()));
        }
        return values;
    }

    static String json(Map<String, String> values) {
        JsonObjectBuilder out = JsonSupport.JSON.createObjectBuilder();
        values.forEach(out::add);
        return out.build().toString();
    }

    private static JsonObject parse(String json) {
        if (json == null || !json.startsWith("{")) {
            return null;
        }
        try (JsonReader reader = JsonSupport.JSON.createReader(new StringReader(json))) {
            return reader.readObject();
        } catch (JsonParsingException e) {
            return null;
        }
    }

    private static String hmac(String salt, String path, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(HexFormat.of().parseHex(salt), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((path + '\u0000' + value).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
