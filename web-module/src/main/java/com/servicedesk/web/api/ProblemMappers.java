package com.servicedesk.web.api;

import com.servicedesk.shared.BusinessException;
import com.servicedesk.shared.ForbiddenException;
import com.servicedesk.shared.IllegalTransitionException;
import com.servicedesk.shared.InvalidInputException;
import com.servicedesk.shared.PayloadTooLargeException;
import com.servicedesk.shared.RecordNotFoundException;
import com.servicedesk.shared.StaleVersionException;
import com.servicedesk.shared.UnsupportedContentException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.resource.ResourceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure becomes a problem document: business rules by their meaning, bad input as 400 with
 * the fields named, anything unforeseen as a bare 500 without internals. Each mapper is a nested
 * provider so that JAX-RS picks the most specific one by exception type.
 */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    /**
     * Whether the failure is the database being out of reach: refused or lost connections (SQLSTATE
     * class 08), a server shutting down (57P), too many connections (53300), or the pool unable to
     * connect. Such a request may be retried (a POST with its Idempotency-Key), so it is a 503, not a 500.
     */
    static boolean databaseUnavailable(Throwable e) {
        return databaseUnavailable(e, 0);
    }

    /** Follows causes and suppressed exceptions: a failed commit carries the driver's error as suppressed. */
    private static boolean databaseUnavailable(Throwable t, int depth) {
        if (t == null || depth > 32) {
            return false;
        }
        if (t instanceof ResourceException || t instanceof SQLTransientConnectionException
                || t instanceof SQLNonTransientConnectionException) {
            return true;
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null && (sql.getSQLState().startsWith("08")
                || sql.getSQLState().startsWith("57P") || sql.getSQLState().equals("53300"))) {
            return true;
        }
        for (Throwable suppressed : t.getSuppressed()) {
            if (databaseUnavailable(suppressed, depth + 1)) {
                return true;
            }
        }
        return t.getCause() != t && databaseUnavailable(t.getCause(), depth + 1);
    }

    static Response unavailable() {
        return Response.fromResponse(Problem.of(Status.SERVICE_UNAVAILABLE, "database-unavailable",
                        "The database cannot be reached at the moment, so the request may not have been completed."
                                + " Try again shortly; repeat a POST with the same Idempotency-Key.").toResponse())
                .header("Retry-After", "5").build();
    }

    static Response business(BusinessException e) {
        Problem problem;
        if (e instanceof RecordNotFoundException) {
            problem = Problem.of(Status.NOT_FOUND, e.code(), e.getMessage());
        } else if (e instanceof StaleVersionException) {
            problem = Problem.of(Status.PRECONDITION_FAILED, e.code(), e.getMessage());
        } else if (e instanceof ForbiddenException) {
            problem = Problem.of(Status.FORBIDDEN, e.code(), e.getMessage());
        } else if (e instanceof InvalidInputException invalid) {
            problem = Problem.of(Status.BAD_REQUEST, e.code(), e.getMessage()).withViolations(invalid.violations().stream()
                    .map(v -> new Problem.Violation(v.field(), v.message())).toList());
        } else if (e instanceof PayloadTooLargeException) {
            problem = Problem.of(Status.REQUEST_ENTITY_TOO_LARGE, e.code(), e.getMessage());
        } else if (e instanceof UnsupportedContentException) {
            problem = Problem.of(Status.UNSUPPORTED_MEDIA_TYPE, e.code(), e.getMessage());
        } else if (e instanceof IllegalTransitionException transition) {
            problem = Problem.of(Status.CONFLICT, e.code(), e.getMessage()).withAllowedActions(transition.allowedActions());
        } else {
            problem = Problem.of(Status.CONFLICT, e.code(), e.getMessage());
        }
        return problem.toResponse();
    }

    /** Business rules, by their meaning for the client; any other rule is a conflict with the record's state. */
    @Provider
    public static class BusinessMapper implements ExceptionMapper<BusinessException> {
        @Override
        public Response toResponse(BusinessException e) {
            return business(e);
        }
    }

    /** Bean Validation at the boundary: 400 with each rejected field. */
    @Provider
    public static class ValidationMapper implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            List<Problem.Violation> violations = e.getConstraintViolations().stream()
                    .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
                    .sorted(Comparator.comparing(Problem.Violation::field))
                    .toList();
            return Problem.of(Status.BAD_REQUEST, "invalid-input", "The request has invalid fields.")
                    .withViolations(violations).toResponse();
        }

        /** The property path below the method parameter: {@code create.arg0.name} becomes {@code name}. */
        static String fieldOf(ConstraintViolation<?> violation) {
            StringBuilder field = new StringBuilder();
            for (Path.Node node : violation.getPropertyPath()) {
                if (node.getKind() == jakarta.validation.ElementKind.PROPERTY
                        || node.getKind() == jakarta.validation.ElementKind.CONTAINER_ELEMENT) {
                    if (!field.isEmpty()) {
                        field.append('.');
                    }
                    field.append(node.getName());
                }
            }
            return field.isEmpty() ? "body" : field.toString();
        }
    }

    /** Unreadable JSON, wrong types, unknown enum values. */
    @Provider
    public static class JsonbMapper implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return malformed();
        }
    }

    /** Malformed JSON caught by the JSON-P parser. */
    @Provider
    public static class JsonMapper implements ExceptionMapper<JsonException> {
        @Override
        public Response toResponse(JsonException e) {
            return malformed();
        }
    }

    /** The provider could not read the body at all. */
    @Provider
    public static class ProcessingMapper implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return malformed();
        }
    }

    static Response malformed() {
        return Problem.of(Status.BAD_REQUEST, "malformed-body",
                "The request body is not valid JSON of the expected shape (check field types and enum values).")
                .toResponse();
    }

    /** HTTP-level refusals from JAX-RS itself: unknown path, wrong method or media type. */
    @Provider
    public static class WebApplicationMapper implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status >= 500) {
                LOG.log(Level.SEVERE, "request failed", e);
                return Problem.of(status, "The server could not complete the request.").toResponse();
            }
            if (e.getCause() instanceof JsonbException || e.getCause() instanceof JsonException) {
                return malformed();
            }
            String detail = switch (status) {
                case 401 -> "Sign in first.";
                case 403 -> "Your role may not do this.";
                case 404 -> "There is no such resource.";
                case 405 -> "This method is not allowed on this resource.";
                case 406 -> "The resource cannot produce the requested media type.";
                case 415 -> "Send the body as application/json.";
                default -> "The request could not be processed.";
            };
            Response.ResponseBuilder response = Response.fromResponse(Problem.of(status, detail).toResponse());
            e.getResponse().getHeaders().forEach((name, values) -> {
                if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                    values.forEach(v -> response.header(name, v));
                }
            });
            return response.build();
        }
    }

    /** A role the container refused at an EJB. */
    @Provider
    public static class AccessMapper implements ExceptionMapper<EJBAccessException> {
        @Override
        public Response toResponse(EJBAccessException e) {
            return Problem.of(Status.FORBIDDEN, "forbidden", "Your role may not do this.").toResponse();
        }
    }

    /** A system failure inside an EJB; a lost race on an optimistic lock is a conflict, not a crash. */
    @Provider
    public static class EjbMapper implements ExceptionMapper<EJBException> {
        @Override
        public Response toResponse(EJBException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof OptimisticLockException) {
                    return Problem.of(Status.CONFLICT, "concurrent-update",
                            "Someone else changed this record at the same moment; reload it and try again.").toResponse();
                }
                if (t instanceof BusinessException business) {
                    return business(business);
                }
            }
            return unexpected(e);
        }
    }

    /** Anything else: logged in full, answered without internals. */
    @Provider
    public static class FallbackMapper implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            return unexpected(e);
        }
    }

    static Response unexpected(Throwable e) {
        if (databaseUnavailable(e)) {
            LOG.warning("database unavailable: " + e);
            return unavailable();
        }
        LOG.log(Level.SEVERE, "unexpected failure", e);
        return Problem.of(500, "The server could not complete the request. The incident has been logged.").toResponse();
    }
}
