package com.servicedesk.web.api;

import com.servicedesk.shared.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** Parses list filters from query parameters; anything unreadable is a 400 naming the parameter. */
final class QueryParams {

    private QueryParams() {
    }

    /** A text filter, or null when absent or blank. */
    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "must be a date as YYYY-MM-DD");
        }
    }

    static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new InvalidInputException(name, "must be true or false");
        };
    }

    static Long number(String name, String value) {
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
    static <E extends Enum<E>> E one(String name, String value, Class<E> type) {
        Set<E> values = enums(name, value, type);
        if (values.size() > 1) {
            throw new InvalidInputException(name, "takes one of " + EnumSet.allOf(type));
        }
        return values.isEmpty() ? null : values.iterator().next();
    }

    /** A comma-separated list of enum constants. */
    static <E extends Enum<E>> Set<E> enums(String name, String value, Class<E> type) {
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

    /** {@code field,asc} or {@code field,desc} (descending unless said otherwise). */
    record Sort(String field, boolean ascending) {
        static Sort parse(String value) {
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
