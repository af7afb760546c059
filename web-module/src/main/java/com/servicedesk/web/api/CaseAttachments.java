package com.servicedesk.web.api;

import com.servicedesk.attachment.AttachmentService;
import com.servicedesk.attachment.AttachmentView;
import com.servicedesk.attachment.CaseKind;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriBuilder;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The evidence files of one case, the sub-resource {@code …/{id}/attachments} of complaints, service
 * requests and applications: the file as the raw body, its type in {@code Content-Type}, its name in
 * {@code Content-Disposition}; downloads with their digest in {@code X-Content-SHA256}.
 */
@Tag(name = "evidence-files")
@RequestScoped
public class CaseAttachments {

    private static final Pattern EXTENDED_NAME = Pattern.compile("filename\\*\\s*=\\s*UTF-8''([^;]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PLAIN_NAME = Pattern.compile("filename\\s*=\\s*\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

    /** Why a file is withdrawn. */
    public record Withdrawal(String reason) {
    }

    @EJB
    private AttachmentService files;

    private CaseKind kind;
    private long caseId;
    private List<Long> readable;
    private UriBuilder self;

    /** This request's case; {@code self} is the attachments' own URI. */
    CaseAttachments of(CaseKind caseKind, long id, UriBuilder attachmentsUri) {
        return of(caseKind, id, attachmentsUri, List.of(id));
    }

    /** A case whose list also reads the files of other cases (a survivor's, of the complaints merged into it). */
    CaseAttachments of(CaseKind caseKind, long id, UriBuilder attachmentsUri, List<Long> readableCases) {
        kind = caseKind;
        caseId = id;
        readable = readableCases;
        self = attachmentsUri;
        return this;
    }

    @Operation(operationId = "uploadAttachment", summary = "Upload an evidence file",
            description = "Stores the raw body as an evidence file of the case: its type in Content-Type (checked against the content), its name in Content-Disposition; the SHA-256 enters the audit chain.")
    @APIResponse(responseCode = "201", description = "Created; its URI is in Location", headers = @Header(name = "Location", ref = "#/components/headers/Location"), content = @Content(mediaType = "application/json", schema = @Schema(implementation = AttachmentView.class)))
    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response upload(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                           @HeaderParam("Content-Disposition") String disposition, InputStream body) {
        AttachmentView view = files.upload(kind, caseId, fileName(disposition), contentType, body);
        return Response.created(self.clone().path(Long.toString(view.id())).build()).entity(view).build();
    }

    @Operation(operationId = "listAttachments", summary = "The case's evidence files",
            description = "The case's evidence files (and, for a complaint, those of complaints merged into it) with name, type, size, uploader and digest.")
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, List<AttachmentView>> list() {
        List<AttachmentView> all = new ArrayList<>();
        readable.forEach(c -> all.addAll(files.list(kind, c)));
        return Map.of("items", all);
    }

    @Operation(operationId = "getAttachmentContent", summary = "Download an evidence file",
            description = "The bytes as uploaded, checked against their SHA-256 before the first byte is sent; the digest is in X-Content-SHA256.")
    @APIResponse(responseCode = "200", description = "OK", content = {@Content(mediaType = "application/octet-stream", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @GET
    @Path("{attachmentId:[0-9]{1,18}}/content")
    public Response content(@PathParam("attachmentId") long attachmentId) {
        long owner = list().get("items").stream().filter(a -> a.id() == attachmentId).map(AttachmentView::caseId)
                .findFirst().orElse(caseId);
        AttachmentView view = files.verified(kind, owner, attachmentId);
        StreamingOutput bytes = out -> files.write(kind, owner, attachmentId, out);
        return Response.ok(bytes, view.contentType())
                .header("Content-Disposition", ReportResource.disposition(view.name()))
                .header("Content-Length", view.size())
                .header("X-Content-SHA256", view.sha256())
                .build();
    }

    @Operation(operationId = "withdrawAttachment", summary = "Withdraw an evidence file",
            description = "Hides a wrong upload from the list with a reason; the file is kept and the withdrawal audited.")
    @APIResponse(responseCode = "204", description = "Done, nothing to return")
    @POST
    @Path("{attachmentId:[0-9]{1,18}}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response withdraw(@PathParam("attachmentId") long attachmentId, @NotNull Withdrawal body) {
        files.withdraw(kind, caseId, attachmentId, body.reason());
        return Response.noContent().build();
    }

    /** The name from {@code filename*=UTF-8''…} (RFC 6266 / 5987), else from {@code filename="…"}. */
    static String fileName(String disposition) {
        if (disposition == null) {
            return null;
        }
        Matcher extended = EXTENDED_NAME.matcher(disposition);
        if (extended.find()) {
            try {
                return URLDecoder.decode(extended.group(1).strip().replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        Matcher plain = PLAIN_NAME.matcher(disposition);
        return plain.find() ? plain.group(1) : null;
    }
}
