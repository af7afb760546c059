package com.servicedesk.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem document. {@code violations} lists rejected fields, {@code allowedActions} what
 * the record's lifecycle allows now; both are left out when empty.
 */
public record Problem(String type, String title, int status, String detail, List<Violation> violations,
                      List<String> allowedActions) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");
    private static final String TYPE_PREFIX = "urn:servicedesk:problem:";

    /** One rejected field. */
    public record Violation(String field, String message) {
    }

    public static Problem of(Response.Status status, String code, String detail) {
        return new Problem(TYPE_PREFIX + code, status.getReasonPhrase(), status.getStatusCode(), detail, null, null);
    }

    public static Problem of(int status, String detail) {
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "HTTP " + status : type.getReasonPhrase();
        return new Problem("about:blank", title, status, detail, null, null);
    }

    public Problem withViolations(List<Violation> list) {
        return new Problem(type, title, status, detail, list.isEmpty() ? null : List.copyOf(list), allowedActions);
    }

    public Problem withAllowedActions(List<String> list) {
        return new Problem(type, title, status, detail, violations, List.copyOf(list));
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
