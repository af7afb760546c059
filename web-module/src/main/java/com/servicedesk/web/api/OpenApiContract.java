package com.servicedesk.web.api;

import com.servicedesk.shared.PageRequest;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes the OpenAPI document the annotations describe with what every operation shares, so that
 * no resource repeats it: the problem responses an operation can answer (from what it takes: a path
 * parameter can be 404, a body or a parameter 400, a write 409, {@code If-Match} 412, a file upload 413
 * and 415; every call 401, 403 and 503), the {@code ETag} of a versioned record's answer, and the
 * meaning of {@code If-Match} and {@code Idempotency-Key}, and the types and bounds of the common query
 * parameters. The evidence-file operations, one class
 * serving three kinds of case, get their case kind in their {@code operationId}.
 */
public class OpenApiContract implements OASFilter {

    private static final String PROBLEM_RESPONSES = "#/components/responses/";

    @Override
    public void filterOpenAPI(OpenAPI document) {
        if (document.getPaths() == null || document.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, Integer> operationIds = new HashMap<>();
        document.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                .forEach(op -> operationIds.merge(String.valueOf(op.getOperationId()), 1, Integer::sum)));
        document.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, op) -> {
            if (operationIds.getOrDefault(op.getOperationId(), 0) > 1) {
                op.setOperationId(caseKind(path) + Character.toUpperCase(op.getOperationId().charAt(0))
                        + op.getOperationId().substring(1));
            }
            describeHeaders(op);
            constrainQueryParameters(op);
            problems(path, method, op);
            etag(document, op);
        }));
    }

    private static void problems(String path, PathItem.HttpMethod method, Operation op) {
        APIResponses responses = op.getResponses() == null ? OASFactory.createAPIResponses() : op.getResponses();
        op.setResponses(responses);
        boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        boolean takesInput = op.getRequestBody() != null
                || (op.getParameters() != null && !op.getParameters().isEmpty());
        boolean upload = op.getRequestBody() != null && op.getRequestBody().getContent() != null
                && op.getRequestBody().getContent().hasMediaType("*/*");
        add(responses, "400", "BadRequest", takesInput);
        add(responses, "401", "Unauthorized", true);
        add(responses, "403", "Forbidden", true);
        add(responses, "404", "NotFound", path.contains("{"));
        add(responses, "409", "Conflict", write);
        add(responses, "412", "PreconditionFailed", header(op, "If-Match").isPresent());
        add(responses, "413", "PayloadTooLarge", upload);
        add(responses, "415", "UnsupportedMediaType", op.getRequestBody() != null);
        add(responses, "503", "ServiceUnavailable", true);
    }

    private static void add(APIResponses responses, String status, String name, boolean applies) {
        if (applies && !responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(PROBLEM_RESPONSES + name));
        }
    }

    private static void describeHeaders(Operation op) {
        header(op, "If-Match").ifPresent(p -> p.description(
                "The version (ETag) the change is based on; a stale one is answered with 412, none or * changes whatever is current.")
                .example("\"3\""));
        header(op, "Idempotency-Key").ifPresent(p -> p.description(
                "A key of the caller's choosing (at most 200 characters); a repeated create with the same key and body answers the first answer, with another body 409.")
                .example("3f1c2a9e-7c1b-4e8a-9d51-6a0b7b1e2c44"));
    }

    /**
     * The query parameters are read as text so that a bad value is a 400 naming it; the document gives
     * each common one the type and bounds that reading enforces.
     */
    private static void constrainQueryParameters(Operation op) {
        if (op.getParameters() == null) {
            return;
        }
        for (Parameter p : op.getParameters()) {
            if (p.getIn() != Parameter.In.QUERY) {
                continue;
            }
            Schema schema = switch (p.getName()) {
                case "page" -> integer(0, null).defaultValue(0).description("The page, from 0.");
                case "size" -> integer(1, PageRequest.MAX_SIZE).defaultValue(PageRequest.DEFAULT_SIZE)
                        .description("Items per page.");
                case "from", "to", "asOf" -> text().format("date").description("An ISO date, inclusive, in the bank's time zone.");
                case "overdue", "open" -> OASFactory.createSchema().addType(Schema.SchemaType.BOOLEAN);
                case "customerId", "entityId" -> integer(1, null).format("int64");
                case "lang" -> text().enumeration(List.of("zh-CN", "en")).defaultValue("zh-CN")
                        .description("The language of the document.");
                case "sort" -> text().pattern("^[A-Za-z]+(,(asc|desc))?$").description("A field, then asc or desc (default).");
                default -> null;
            };
            if (schema != null) {
                p.setSchema(schema);
            }
        }
    }

    private static Schema integer(Integer minimum, Integer maximum) {
        Schema schema = OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32");
        if (minimum != null) {
            schema.minimum(BigDecimal.valueOf(minimum));
        }
        if (maximum != null) {
            schema.maximum(BigDecimal.valueOf(maximum));
        }
        return schema;
    }

    private static Schema text() {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    }

    private static Optional<Parameter> header(Operation op, String name) {
        return op.getParameters() == null ? Optional.empty() : op.getParameters().stream()
                .filter(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName())).findFirst();
    }

    /** A success answer whose record has a {@code version} carries it as the ETag. */
    private static void etag(OpenAPI document, Operation op) {
        for (Map.Entry<String, APIResponse> entry : op.getResponses().getAPIResponses().entrySet()) {
            APIResponse response = entry.getValue();
            if (!entry.getKey().startsWith("2") || response.getContent() == null
                    || response.getContent().getMediaType("application/json") == null) {
                continue;
            }
            Schema schema = resolve(document, response.getContent().getMediaType("application/json").getSchema());
            if (schema != null && schema.getProperties() != null && schema.getProperties().containsKey("version")) {
                if (response.getHeaders() == null || !response.getHeaders().containsKey("ETag")) {
                    response.addHeader("ETag", OASFactory.createHeader().ref("#/components/headers/ETag"));
                }
            }
        }
    }

    private static Schema resolve(OpenAPI document, Schema schema) {
        if (schema == null || schema.getRef() == null || document.getComponents() == null
                || document.getComponents().getSchemas() == null) {
            return schema;
        }
        String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
        return document.getComponents().getSchemas().get(name);
    }

    /** {@code complaint}, {@code serviceRequest} or {@code application}: the collection the path is under. */
    static String caseKind(String path) {
        String relative = path.contains("/api/v1/") ? path.substring(path.indexOf("/api/v1/") + 8) : path.replaceFirst("^/", "");
        String collection = relative.split("/")[0];
        StringBuilder name = new StringBuilder();
        for (String word : List.of(collection.replaceFirst("s$", "").split("-"))) {
            name.append(name.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return name.toString();
    }
}
