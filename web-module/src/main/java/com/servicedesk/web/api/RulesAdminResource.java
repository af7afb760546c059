package com.servicedesk.web.api;

import com.servicedesk.application.ApplicationTypeAdministration;
import com.servicedesk.application.ApplicationTypeAdministration.Checklist;
import com.servicedesk.application.ApplicationTypeAdministration.TypeView;
import com.servicedesk.complaint.DeadlinePolicyAdministration;
import com.servicedesk.complaint.DeadlinePolicyAdministration.PolicyView;
import com.servicedesk.complaint.DeadlinePolicyAdministration.Revision;
import com.servicedesk.followup.FollowUpPolicyAdministration;
import com.servicedesk.reference.ComplaintCodeAdministration;
import com.servicedesk.servicerequest.ServiceStandardAdministration;
import com.servicedesk.servicerequest.ServiceStandardAdministration.StandardView;
import com.servicedesk.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The rules the bank maintains, each change effective from a day so that a case keeps the rules it
 * was handled under: deadline policies (a legal day count changed needs a second administrator),
 * service standards, follow-up policies, application checklists and the JR/T 0169 code lists.
 */
@Tag(name = "administration")
@Path("admin/rules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class RulesAdminResource {

    @EJB
    private DeadlinePolicyAdministration policies;

    @EJB
    private ServiceStandardAdministration standards;

    @EJB
    private FollowUpPolicyAdministration followUps;

    @EJB
    private ApplicationTypeAdministration types;

    @EJB
    private ComplaintCodeAdministration codes;

    @Operation(operationId = "listComplaintCodeLists", summary = "Complaint code list versions",
            description = "Every version of the JR/T 0169 code lists, with how many codes each added and retired.")
    @GET
    @Path("complaint-code-lists")
    public List<ComplaintCodeAdministration.ListView> codeLists() {
        return codes.lists();
    }

    @Operation(operationId = "loadComplaintCodeList", summary = "Load a revised code list",
            description = "A revised code list as the next version: codes added, codes retired with their replacements.")
    @APIResponse(responseCode = "201", description = "Created; its URI is in Location", headers = @Header(name = "Location", ref = "#/components/headers/Location"), content = @Content(mediaType = "application/json", schema = @Schema(implementation = ComplaintCodeAdministration.ListView.class)))
    @POST
    @Path("complaint-code-lists")
    public Response loadCodeList(@NotNull ComplaintCodeAdministration.Revision body) {
        return Response.status(Response.Status.CREATED).entity(codes.load(body)).build();
    }

    @Operation(operationId = "listDeadlinePolicyRevisions", summary = "Deadline policy revisions",
            description = "Every revision of every deadline regime, with its state.")
    @GET
    @Path("deadline-policies")
    public List<PolicyView> deadlinePolicies() {
        return policies.revisions();
    }

    @Operation(operationId = "reviseDeadlinePolicy", summary = "Revise a deadline policy",
            description = "The regime's next revision: 201 with status PROPOSED (legal limits changed, waiting for another administrator) or IN_FORCE.")
    @APIResponse(responseCode = "201", description = "Created; its URI is in Location", headers = @Header(name = "Location", ref = "#/components/headers/Location"), content = @Content(mediaType = "application/json", schema = @Schema(implementation = PolicyView.class)))
    @POST
    @Path("deadline-policies/{family}/revisions")
    public Response revise(@PathParam("family") String family, @NotNull Revision body) {
        return Response.status(Response.Status.CREATED).entity(policies.revise(family, body)).build();
    }

    @Operation(operationId = "approveDeadlinePolicy", summary = "Approve a deadline policy",
            description = "Another administrator than the proposer puts the revision in force.")
    @POST
    @Path("deadline-policies/{code}/approve")
    public PolicyView approve(@PathParam("code") String code) {
        return policies.approve(code);
    }

    @Operation(operationId = "withdrawDeadlinePolicy", summary = "Withdraw a deadline policy",
            description = "Withdraws a proposed revision.")
    @POST
    @Path("deadline-policies/{code}/withdraw")
    public PolicyView withdraw(@PathParam("code") String code, @NotNull AdminResource.Withdrawal body) {
        return policies.withdraw(code, body.reason());
    }

    @Operation(operationId = "listServiceStandardRevisions", summary = "Service standard revisions",
            description = "Every revision of the service standards.")
    @GET
    @Path("service-standards")
    public List<StandardView> serviceStandards() {
        return standards.history();
    }

    @Operation(operationId = "changeServiceStandard", summary = "Change a service standard",
            description = "A new revision of the time allowed for a category and channel.")
    @APIResponse(responseCode = "201", description = "Created; its URI is in Location", headers = @Header(name = "Location", ref = "#/components/headers/Location"), content = @Content(mediaType = "application/json", schema = @Schema(implementation = StandardView.class)))
    @POST
    @Path("service-standards")
    public Response changeStandard(@NotNull ServiceStandardAdministration.Change body) {
        return Response.status(Response.Status.CREATED).entity(standards.change(body)).build();
    }

    @Operation(operationId = "listFollowUpPolicyRevisions", summary = "Follow-up policies",
            description = "Every follow-up policy with its revisions.")
    @GET
    @Path("follow-up-policies")
    public List<FollowUpPolicyAdministration.PolicyView> followUpPolicies() {
        return followUps.history();
    }

    @Operation(operationId = "changeFollowUpPolicy", summary = "Change a follow-up policy",
            description = "When a return visit is due after an event, and whether one is due at all.")
    @PUT
    @Path("follow-up-policies/{event}")
    public FollowUpPolicyAdministration.PolicyView changeFollowUp(@PathParam("event") String event,
                                                                  @NotNull FollowUpPolicyAdministration.Change body) {
        return followUps.change(event, body);
    }

    @Operation(operationId = "listApplicationTypeRevisions", summary = "Application types and checklists",
            description = "Every kind of application with its documents checklist.")
    @GET
    @Path("application-types")
    public List<TypeView> applicationTypes() {
        return types.types();
    }

    @Operation(operationId = "openApplicationType", summary = "Open an application type",
            description = "A new kind of application with its checklist, in force from today.")
    @APIResponse(responseCode = "201", description = "Created; its URI is in Location", headers = @Header(name = "Location", ref = "#/components/headers/Location"), content = @Content(mediaType = "application/json", schema = @Schema(implementation = TypeView.class)))
    @POST
    @Path("application-types")
    public Response openType(@NotNull ApplicationTypeAdministration.NewType body) {
        return Response.status(Response.Status.CREATED).entity(types.openType(body)).build();
    }

    @Operation(operationId = "changeApplicationChecklist", summary = "Change an application checklist",
            description = "The documents an application type requires from now on.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(implementation = TypeView.class)))
    @PUT
    @Path("application-types/{code}/documents")
    public Response requireDocuments(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                     @NotNull Checklist body) {
        TypeView t = types.requireDocuments(code, Versions.expected(ifMatch), body);
        return Response.ok(t).tag(Versions.etag(t.version())).build();
    }
}
