package com.servicedesk.shared;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A list's filters and sort as query parameters ({@code status=INVESTIGATING&overdue=true&sort=decisionDueAt,asc}),
 * read the same way whether they arrive on an API call or were saved as a view. Anything unreadable is
 * refused with the parameter's name; blank values count as absent.
 */
public final class ListQuery {

    private final Map<String, String> params;

    private ListQuery(Map<String, String> params) {
        this.params = params;
    }

    /** The parameters given, leaving out absent and blank ones. */
    public static ListQuery of(Map<String, String> given) {
        Map<String, String> params = new LinkedHashMap<>();
        given.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                params.put(name, value.strip());
            }
        });
        return new ListQuery(params);
    }

    /** Names and values in turn ({@code "status", status, "branch", branch}), as a resource receives them. */
    public static ListQuery of(String... namesAndValues) {
        Map<String, String> given = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            given.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return of(given);
    }

    /** A query string ({@code a=1&b=x%20y}, a leading {@code ?} allowed); a parameter named twice is refused. */
    public static ListQuery parse(String query, String field) {
        Map<String, String> params = new LinkedHashMap<>();
        String q = query == null ? "" : query.strip();
        if (q.startsWith("?")) {
            q = q.substring(1);
        }
        for (String pair : q.split("&")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name;
            String value;
            try {
                name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8).strip();
                value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8).strip();
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(field, "is not a query string: " + e.getMessage());
            }
            if (params.containsKey(name)) {
                throw new InvalidInputException(field, "names '" + name + "' twice");
            }
            if (!value.isEmpty()) {
                params.put(name, value);
            }
        }
        return new ListQuery(params);
    }

    /** Refuses a parameter the list does not take, naming those it does. */
    public ListQuery requireOnly(Set<String> known, String field) {
        for (String name : params.keySet()) {
            if (!known.contains(name)) {
                throw new InvalidInputException(field, "'" + name + "' is not a filter of this list; it takes "
                        + known.stream().sorted().collect(Collectors.joining(", ")));
            }
        }
        return this;
    }

    /** The same parameters leaving out some (paging, say). */
    public ListQuery without(Set<String> names) {
        Map<String, String> kept = new LinkedHashMap<>(params);
        kept.keySet().removeAll(names);
        return new ListQuery(kept);
    }

    /** The same parameters with one set (or, given null or blank, left out). */
    public ListQuery with(String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(params);
        changed.remove(name);
        if (value != null && !value.isBlank()) {
            changed.put(name, value.strip());
        }
        return new ListQuery(changed);
    }

    /** The parameters in a stable form: sorted by name, encoded. */
    public String canonical() {
        return new TreeMap<>(params).entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8).replace("%2C", ","))
                .collect(Collectors.joining("&"));
    }

    public Map<String, String> asMap() {
        return Map.copyOf(params);
    }

    /** A text parameter's value, or null. */
    public String value(String name) {
        return text(params.get(name));
    }

    public LocalDate date(String name) {
        return date(name, params.get(name));
    }

    public Boolean bool(String name) {
        return bool(name, params.get(name));
    }

    public Long number(String name) {
        return number(name, params.get(name));
    }

    public <E extends Enum<E>> Set<E> enums(String name, Class<E> type) {
        return enums(name, params.get(name), type);
    }

    public Sort sort() {
        return Sort.parse(params.get("sort"));
    }

    /** A text filter, or null when absent or blank. */
    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "must be a date as YYYY-MM-DD");
        }
    }

    public static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new InvalidInputException(name, "must be true or false");
        };
    }

    public static Long number(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, "must be a whole number");
        }
    }

    /** One enum constant, or null when absent. */
    public static <E extends Enum<E>> E one(String name, String value, Class<E> type) {
        Set<E> values = enums(name, value, type);
        if (values.size() > 1) {
            throw new InvalidInputException(name, "takes one of " + EnumSet.allOf(type));
        }
        return values.isEmpty() ? null : values.iterator().next();
    }

    /** A comma-separated list of enum constants. */
    public static <E extends Enum<E>> Set<E> enums(String name, String value, Class<E> type) {
        Set<E> result = EnumSet.noneOf(type);
        if (value == null || value.isBlank()) {
            return result;
        }
        for (String part : value.split(",")) {
            try {
                result.add(Enum.valueOf(type, part.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(name, "'" + part.strip() + "' is not one of " + EnumSet.allOf(type));
            }
        }
        return result;
    }

    /** {@code field,asc} or {@code field,desc} (descending unless said otherwise); a null field when absent. */
    public record Sort(String field, boolean ascending) {
        public static Sort parse(String value) {
            if (value == null || value.isBlank()) {
                return new Sort(null, false);
            }
            String[] parts = value.split(",");
            boolean asc = parts.length > 1 && parts[1].strip().equalsIgnoreCase("asc");
            if (parts.length > 2 || (parts.length == 2 && !asc && !parts[1].strip().equalsIgnoreCase("desc"))) {
                throw new InvalidInputException("sort", "must be field,asc or field,desc");
            }
            return new Sort(parts[0].strip(), asc);
        }
    }
}
