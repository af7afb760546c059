package com.servicedesk.web.api;

import com.servicedesk.shared.InvalidInputException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;

/**
 * Refuses, with 400, a request whose path or query parameters carry control characters (NUL, escape,
 * and the rest below U+0020, or DEL). No identifier, code, date or search term contains one, and
 * PostgreSQL cannot even hold a NUL in text: the bad-input suite found a NUL in {@code branch=} reaching
 * the database as a 500.
 */
@Provider
@PreMatching
public class ControlCharacterFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath(true);
        if (hasControl(path)) {
            throw new InvalidInputException("path", "must not contain control characters");
        }
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters(true).entrySet()) {
            if (hasControl(parameter.getKey()) || parameter.getValue().stream().anyMatch(ControlCharacterFilter::hasControl)) {
                // answered by the business mapper, as every invalid input is
                throw new InvalidInputException(hasControl(parameter.getKey()) ? "?" : parameter.getKey(),
                        "must not contain control characters");
            }
        }
    }

    static boolean hasControl(String s) {
        return s != null && s.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
    }
}
