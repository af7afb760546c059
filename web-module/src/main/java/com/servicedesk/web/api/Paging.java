package com.servicedesk.web.api;

import com.servicedesk.shared.InvalidInputException;
import com.servicedesk.shared.PageRequest;

/** Reads {@code page} and {@code size} query parameters; a bad number is a 400 naming the parameter. */
public final class Paging {

    private Paging() {
    }

    public static PageRequest of(String page, String size) {
        return new PageRequest(number("page", page, 0), number("size", size, PageRequest.DEFAULT_SIZE));
    }

    static int number(String name, String value, int defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, "must be a whole number");
        }
    }
}
