package com.servicedesk.web.api;

import com.servicedesk.retention.NewPolicy;
import com.servicedesk.retention.PolicyView;
import com.servicedesk.retention.RetentionPolicies;
import com.servicedesk.retention.RetentionService;
import com.servicedesk.retention.RunView;
import com.servicedesk.shared.Page;
import com.servicedesk.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Retention: the policies (administrators, four-eyes) and the runs that apply them. */
@Tag(name = "retention")
@Path("retention")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.AUDITOR_NAME})
public class RetentionResource {

    /** Whether a run only counts and lists. */
    public record RunRequest(boolean dryRun) {
    }

    @EJB
    private RetentionPolicies policies;

    @EJB
    private RetentionService retention;

    @Context
    private UriInfo uri;

    @Operation(operationId = "listRetentionPolicies", summary = "The retention policies",
            description = "Every version of each kind's retention policy: years after the record ended, the action (anonymise, delete, keep), the basis, who proposed and who approved it.")
    @GET
    @Path("policies")
    public Map<String, List<PolicyView>> policies() {
        return Map.of("items", policies.all());
    }

    @Operation(operationId = "proposeRetentionPolicy", summary = "Propose a retention policy",
            description = "An administrator proposes a kind's next version; it waits for another administrator's approval. Case records are anonymised, not deleted (400).")
    @APIResponse(responseCode = "201", description = "Proposed", headers = @Header(name = "Location", ref = "#/components/headers/Location"), content = @Content(mediaType = "application/json", schema = @Schema(implementation = PolicyView.class)))
    @POST
    @Path("policies")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response propose(@Valid @NotNull NewPolicy body) {
        PolicyView view = policies.propose(body);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(view.id())).build())
                .entity(view).build();
    }

    @Operation(operationId = "approveRetentionPolicy", summary = "Approve a retention policy",
            description = "Another administrator puts the proposal in force; the proposer gets 409.")
    @POST
    @Path("policies/{id:[0-9]{1,18}}/approve")
    @RolesAllowed(Role.ADMIN_NAME)
    public PolicyView approve(@PathParam("id") long id) {
        return policies.approve(id);
    }

    @Operation(operationId = "withdrawRetentionPolicy", summary = "Withdraw a proposed retention policy",
            description = "Withdraws a proposal that waits for approval.")
    @POST
    @Path("policies/{id:[0-9]{1,18}}/withdraw")
    @RolesAllowed(Role.ADMIN_NAME)
    public PolicyView withdraw(@PathParam("id") long id) {
        return policies.withdraw(id);
    }

    @Operation(operationId = "startRetentionRun", summary = "Start a retention run",
            description = "Starts a run in the background (202; poll the Location): a dry run (administrators and auditors) counts and lists what has expired; a real one (administrators) anonymises and deletes it and archives the proof of destruction.")
    @APIResponse(responseCode = "202", description = "Started", headers = @Header(name = "Location", ref = "#/components/headers/Location"), content = @Content(mediaType = "application/json", schema = @Schema(implementation = RunView.class)))
    @POST
    @Path("runs")
    public Response start(@NotNull RunRequest body) {
        RunView run = retention.start(body.dryRun());
        return Response.accepted(run).location(uri.getAbsolutePathBuilder().path(Long.toString(run.id()))
                .build()).build();
    }

    @Operation(operationId = "getRetentionRun", summary = "A retention run",
            description = "Its progress, and per kind what was (or in a dry run would be) anonymised or deleted, what a hold kept, examples, the customers anonymised, the longest batch, and the proof's number and digest.")
    @GET
    @Path("runs/{id:[0-9]{1,18}}")
    public RunView run(@PathParam("id") long id) {
        return retention.get(id);
    }

    @Operation(operationId = "listRetentionRuns", summary = "The retention runs", description = "The runs, newest first.")
    @GET
    @Path("runs")
    public Page<RunView> runs(@QueryParam("page") String page, @QueryParam("size") String size) {
        return retention.runs(Paging.of(page, size));
    }
}
