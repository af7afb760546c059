package com.servicedesk.web.api;

import com.servicedesk.application.ApplicationAction;
import com.servicedesk.application.ApplicationCommand;
import com.servicedesk.application.ApplicationFilter;
import com.servicedesk.application.ApplicationService;
import com.servicedesk.application.ApplicationSummary;
import com.servicedesk.application.ApplicationView;
import com.servicedesk.application.NewApplication;
import com.servicedesk.attachment.CaseKind;
import com.servicedesk.audit.HistoryEntry;
import com.servicedesk.shared.ListQuery;
import com.servicedesk.shared.Page;
import com.servicedesk.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Business applications over HTTP: the maker's draft and submission, the checker's review. */
@Tag(name = "applications")
@Path("applications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.AUDITOR_NAME})
public class ApplicationResource {

    /** The body of a transition: the action, a note, and on submission the documents and description. */
    public record TransitionRequest(@NotNull ApplicationAction action, @Size(max = 1000) String note,
                                    @Size(max = 20) Set<@NotBlank @Size(max = 32) String> documents,
                                    @Size(max = 4000) String description) {
        ApplicationCommand toCommand() {
            return new ApplicationCommand(note, documents, description);
        }
    }

    /** The body of a checklist item's file: one of the application's evidence files. */
    public record DocumentFile(@NotNull Long attachmentId) {
    }

    @EJB
    private ApplicationService applications;

    @Inject
    private Idempotency idempotency;

    @Inject
    private CaseAttachments attachments;

    @Inject
    private CaseNotesResource notes;

    @Context
    private UriInfo uri;

    @Context
    private SecurityContext security;

    @Operation(operationId = "createApplication", summary = "Draft a business application",
            description = "Drafts a business application of a type with its documents checklist; a repeated Idempotency-Key answers the first answer.")
    @APIResponse(responseCode = "201", description = "Created; its URI is in Location", headers = @Header(name = "Location", ref = "#/components/headers/Location"), content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApplicationView.class)))
    @POST
    @RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME})
    public Response create(@HeaderParam("Idempotency-Key") String key, @Valid @NotNull NewApplication body) {
        return idempotency.create(key, security.getUserPrincipal().getName(), uri.getPath(), body, () -> {
            ApplicationView view = applications.create(body);
            return new Idempotency.Created(uri.getAbsolutePathBuilder().path(Long.toString(view.id())).build(),
                    view, view.version());
        });
    }

    @Operation(operationId = "listApplications", summary = "List business applications",
            description = "Business applications in the caller's scope, filtered, one page at a time.")
    @GET
    public Page<ApplicationSummary> list(@QueryParam("status") String status, @QueryParam("branch") String branch,
                                         @QueryParam("from") String from, @QueryParam("to") String to,
                                         @QueryParam("page") String page, @QueryParam("size") String size) {
        return applications.list(ApplicationFilter.parse(ListQuery.of("status", status, "branch", branch, "from", from,
                "to", to)), Paging.of(page, size));
    }

    @Operation(operationId = "getApplicationReviewQueue", summary = "The checker's queue",
            description = "Submitted applications the caller neither made nor submitted, waiting for a second person's check (four-eyes).")
    @GET
    @Path("review-queue")
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME})
    public Page<ApplicationSummary> reviewQueue(@QueryParam("page") String page, @QueryParam("size") String size) {
        return applications.reviewQueue(Paging.of(page, size));
    }

    @Operation(operationId = "getApplication", summary = "Read a business application",
            description = "One application with its checklist, its files and the actions allowed now; the version is the ETag.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApplicationView.class)))
    @GET
    @Path("{id:[0-9]{1,18}}")
    public Response get(@PathParam("id") long id) {
        ApplicationView view = applications.get(id);
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }

    @Operation(operationId = "getApplicationHistory", summary = "An application's history",
            description = "Every state change of the application from the audit trail, oldest first.")
    @GET
    @Path("{id:[0-9]{1,18}}/history")
    public List<HistoryEntry> history(@PathParam("id") long id) {
        return applications.history(id);
    }

    @Operation(operationId = "transitionApplication", summary = "Move an application on",
            description = "Submits, approves, returns or rejects an application; the checker must not be its maker. A refused action is 409 with the allowed actions.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApplicationView.class)))
    @POST
    @Path("{id:[0-9]{1,18}}/transitions")
    @RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME})
    public Response transition(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                               @Valid @NotNull TransitionRequest body) {
        ApplicationView view = applications.transition(id, Versions.expected(ifMatch), body.action(), body.toCommand());
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }

    @Operation(operationId = "provideApplicationDocument", summary = "Provide a checklist document",
            description = "Points a checklist item at one of the application's evidence files, which provides the document; only while draft or returned.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApplicationView.class)))
    @PUT
    @Path("{id:[0-9]{1,18}}/documents/{code:[A-Za-z0-9_-]{1,32}}")
    @RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME})
    public Response provideDocument(@PathParam("id") long id, @PathParam("code") String code,
                                    @HeaderParam("If-Match") String ifMatch, @Valid @NotNull DocumentFile body) {
        ApplicationView view = applications.provideDocument(id, Versions.expected(ifMatch), code, body.attachmentId());
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }

    /** The case's evidence files ({@code 404} outside the caller's branches). */
    @Path("{id:[0-9]{1,18}}/attachments")
    public CaseAttachments attachments(@PathParam("id") long id) {
        return attachments.of(CaseKind.APPLICATION, id, uri.getAbsolutePathBuilder());
    }

    /** The case's notes ({@code 404} outside the caller's branches). */
    @Path("{id:[0-9]{1,18}}/notes")
    public CaseNotesResource notes(@PathParam("id") long id) {
        return notes.of(CaseKind.APPLICATION, id, uri.getAbsolutePathBuilder());
    }
}
