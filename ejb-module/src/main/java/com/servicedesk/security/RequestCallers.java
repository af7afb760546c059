package com.servicedesk.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The members of staff already resolved in this request. An API call or a portal page passes through
 * several services, and each asks who its caller is; the directory is read once per request instead
 * of once per service (an intake read the caller twice, a dashboard page twice). A change to a member
 * of staff (role, branch, status) takes effect from their next request.
 */
@RequestScoped
public class RequestCallers {

    private final Map<String, Caller> resolved = new HashMap<>();

    Caller resolve(String username, Function<String, Caller> lookup) {
        return resolved.computeIfAbsent(username, lookup);
    }
}
