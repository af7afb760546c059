package com.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OpenAPI document the server serves is the contract integrators build on: valid OpenAPI 3.1,
 * every operation described with its errors, and the very document the test build generated its API
 * client from ({@code src/test/openapi/servicedesk-api-v1.json}). A change to the API that is not in
 * that file fails here; {@code -Dopenapi.update=true} writes the served document there instead.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiContractIT {

    static final Path SNAPSHOT = Path.of("src/test/openapi/servicedesk-api-v1.json");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.servicedesk();
    }

    @ArquillianResource
    private URL context;

    private String served;

    @BeforeEach
    void fetch() {
        ApiClient api = new ApiClient(context);
        ApiClient.Reply reply = api.send(ApiClient.request(null, api.root("openapi?format=JSON")).GET().build());
        assertEquals(200, reply.status(), "the document is served without sign-in");
        served = reply.body();
    }

    @Test
    void theServedDocumentIsValidOpenApi31() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(served, null, options);
        assertEquals(List.of(), result.getMessages(), "the validator's messages");
        OpenAPI document = result.getOpenAPI();
        assertTrue(document.getOpenapi().startsWith("3.1"), document.getOpenapi());
        assertEquals("1.0", document.getInfo().getVersion(), "v1 of the contract");
        assertFalse(document.getInfo().getLicense().getName().isBlank(), "a license");
        assertFalse(document.getServers().isEmpty(), "a server");
        assertTrue(document.getComponents().getSecuritySchemes().containsKey("basic"));
        assertEquals(List.of("basic"), document.getSecurity().stream().flatMap(r -> r.keySet().stream()).toList(),
                "HTTP Basic on every operation");

        List<String> incomplete = new ArrayList<>();
        Set<String> operationIds = new HashSet<>();
        document.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
            String name = method + " " + path;
            assertFalse(path.contains("test-kit") || path.contains("test-support"), name + " is a test path");
            if (op.getSummary() == null || op.getDescription() == null || op.getTags() == null || op.getTags().isEmpty()) {
                incomplete.add(name + ": summary, description or tag");
            }
            if (op.getOperationId() == null || !operationIds.add(op.getOperationId())) {
                incomplete.add(name + ": operationId " + op.getOperationId());
            }
            if (!problems(op, "401", "403", "503")) {
                incomplete.add(name + ": 401, 403 and 503 as problems");
            }
            if (path.contains("{") && !problems(op, "404")) {
                incomplete.add(name + ": 404");
            }
            boolean write = !method.name().equals("GET");
            if (write && !problems(op, "409")) {
                incomplete.add(name + ": 409");
            }
            boolean ifMatch = op.getParameters() != null
                    && op.getParameters().stream().anyMatch(p -> p.getName().equals("If-Match"));
            if (ifMatch && !problems(op, "412")) {
                incomplete.add(name + ": 412");
            }
        }));
        assertEquals(List.of(), incomplete, "operations the document leaves incomplete");
        assertTrue(operationIds.size() > 140, operationIds.size() + " operations");
        assertTrue(operationIds.containsAll(List.of("registerComplaint", "transitionComplaint", "complaintUploadAttachment",
                "serviceRequestUploadAttachment", "applicationUploadAttachment")), "stable operation ids");

        Operation transition = document.getPaths().get("/servicedesk/api/v1/complaints/{id}/transitions").getPost();
        Map<String, ApiResponse> responses = transition.getResponses();
        assertTrue(responses.get("200").getHeaders().containsKey("ETag"), "a versioned answer carries its ETag");
        assertTrue(document.getComponents().getSchemas().get("Problem").getProperties().containsKey("allowedActions"));
    }

    private static boolean problems(Operation op, String... statuses) {
        for (String status : statuses) {
            ApiResponse response = op.getResponses().get(status);
            if (response == null || response.getContent() == null
                    || !response.getContent().containsKey("application/problem+json")) {
                return false;
            }
        }
        return true;
    }

    @Test
    void theServedDocumentIsTheOneTheClientWasGeneratedFrom() throws IOException {
        String document = canonical(served);
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(SNAPSHOT, document + "\n");
        }
        assertEquals(canonical(Files.readString(SNAPSHOT)), document,
                "the served OpenAPI document differs from " + SNAPSHOT + ", which the API client is generated from:"
                        + " build with -Dopenapi.update=true once the change is meant, and review the diff");
    }

    /** The JSON indented, its keys sorted: two documents compare equal whatever order their writers chose. */
    private static String canonical(String json) throws IOException {
        return JSON.writeValueAsString(JSON.readValue(json, Object.class));
    }
}
