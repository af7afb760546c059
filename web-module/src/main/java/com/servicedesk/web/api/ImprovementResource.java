package com.servicedesk.web.api;

import com.servicedesk.followup.ImprovementAction;
import com.servicedesk.followup.ImprovementService;
import com.servicedesk.followup.ImprovementView;
import com.servicedesk.shared.ListQuery;
import com.servicedesk.shared.Page;
import com.servicedesk.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The improvement register over HTTP. */
@Tag(name = "improvements")
@Path("improvement-actions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.AUDITOR_NAME})
public class ImprovementResource {

    /** A record an action comes from. */
    public record SourceRequest(@NotBlank @Size(max = 32) String type, @NotBlank @Size(max = 64) String id,
                                @Size(max = 64) String reference) {
    }

    /** A new action, by hand or against a complaint's root cause. */
    public record NewActionRequest(@NotBlank @Size(max = 300) String title, @Size(max = 2000) String description,
                                   @NotBlank @Size(max = 64) String owner, @NotNull LocalDate dueOn,
                                   @Size(max = 16) String branchCode, ImprovementAction.Origin origin,
                                   List<@Valid SourceRequest> sources) {
    }

    /** Start, complete, or check an action (with the verdict and a note). */
    public record TransitionRequest(@NotNull ImprovementService.Action action, ImprovementAction.CheckResult result,
                                    @Size(max = 1000) String note) {
    }

    @EJB
    private ImprovementService improvements;

    @Context
    private UriInfo uri;

    @Operation(operationId = "listImprovementActions", summary = "List improvement actions",
            description = "Improvement actions drawn from complaints' root causes, one page at a time.")
    @GET
    public Page<ImprovementView> list(@QueryParam("status") String status, @QueryParam("owner") String owner,
                                      @QueryParam("page") String page, @QueryParam("size") String size) {
        return improvements.list(ListQuery.one("status", status, ImprovementAction.Status.class),
                ListQuery.text(owner), Paging.of(page, size));
    }

    @Operation(operationId = "getImprovementAction", summary = "Read an improvement action",
            description = "One improvement action with its sources and state; the version is the ETag.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImprovementView.class)))
    @GET
    @Path("{id:[0-9]{1,18}}")
    public Response get(@PathParam("id") long id) {
        ImprovementView view = improvements.get(id);
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }

    @Operation(operationId = "createImprovementAction", summary = "Open an improvement action",
            description = "Opens an improvement action naming the complaints or service requests it comes from.")
    @APIResponse(responseCode = "201", description = "Created; its URI is in Location", headers = @Header(name = "Location", ref = "#/components/headers/Location"), content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImprovementView.class)))
    @POST
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME})
    public Response create(@Valid @NotNull NewActionRequest body) {
        List<ImprovementAction.Source> sources = body.sources() == null ? List.of() : body.sources().stream()
                .map(s -> new ImprovementAction.Source(s.type(), s.id(), s.reference() == null ? s.id() : s.reference()))
                .toList();
        ImprovementView view = improvements.create(new ImprovementService.NewAction(body.title(), body.description(),
                body.owner(), body.dueOn(), body.branchCode(), body.origin(), sources));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(view.id())).build()).entity(view)
                .tag(Versions.etag(view.version())).build();
    }

    @Operation(operationId = "transitionImprovementAction", summary = "Move an improvement action on",
            description = "Starts, completes (with the result) or verifies an improvement action; a refused action is 409 with the allowed actions.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImprovementView.class)))
    @POST
    @Path("{id:[0-9]{1,18}}/transitions")
    @RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME})
    public Response transition(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                               @Valid @NotNull TransitionRequest body) {
        ImprovementView view = improvements.transition(id, Versions.expected(ifMatch), body.action(), body.result(),
                body.note());
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }
}
