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

/**
 * The rules the bank maintains, each change effective from a day so that a case keeps the rules it
 * was handled under: deadline policies (a legal day count changed needs a second administrator),
 * service standards, follow-up policies, application checklists and the JR/T 0169 code lists.
 */
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

    /** Every version of the JR/T 0169 code lists, with how many codes each added and retired. */
    @GET
    @Path("complaint-code-lists")
    public List<ComplaintCodeAdministration.ListView> codeLists() {
        return codes.lists();
    }

    /** A revised code list as the next version: codes added, codes retired with their replacements. */
    @POST
    @Path("complaint-code-lists")
    public Response loadCodeList(@NotNull ComplaintCodeAdministration.Revision body) {
        return Response.status(Response.Status.CREATED).entity(codes.load(body)).build();
    }

    @GET
    @Path("deadline-policies")
    public List<PolicyView> deadlinePolicies() {
        return policies.revisions();
    }

    /** The family's next revision: {@code 201} with status {@code PROPOSED} (legal limits changed) or {@code IN_FORCE}. */
    @POST
    @Path("deadline-policies/{family}/revisions")
    public Response revise(@PathParam("family") String family, @NotNull Revision body) {
        return Response.status(Response.Status.CREATED).entity(policies.revise(family, body)).build();
    }

    @POST
    @Path("deadline-policies/{code}/approve")
    public PolicyView approve(@PathParam("code") String code) {
        return policies.approve(code);
    }

    @POST
    @Path("deadline-policies/{code}/withdraw")
    public PolicyView withdraw(@PathParam("code") String code, @NotNull AdminResource.Withdrawal body) {
        return policies.withdraw(code, body.reason());
    }

    @GET
    @Path("service-standards")
    public List<StandardView> serviceStandards() {
        return standards.history();
    }

    @POST
    @Path("service-standards")
    public Response changeStandard(@NotNull ServiceStandardAdministration.Change body) {
        return Response.status(Response.Status.CREATED).entity(standards.change(body)).build();
    }

    @GET
    @Path("follow-up-policies")
    public List<FollowUpPolicyAdministration.PolicyView> followUpPolicies() {
        return followUps.history();
    }

    @PUT
    @Path("follow-up-policies/{event}")
    public FollowUpPolicyAdministration.PolicyView changeFollowUp(@PathParam("event") String event,
                                                                  @NotNull FollowUpPolicyAdministration.Change body) {
        return followUps.change(event, body);
    }

    @GET
    @Path("application-types")
    public List<TypeView> applicationTypes() {
        return types.types();
    }

    /** A new kind of application with its checklist, in force from today: {@code 201}. */
    @POST
    @Path("application-types")
    public Response openType(@NotNull ApplicationTypeAdministration.NewType body) {
        return Response.status(Response.Status.CREATED).entity(types.openType(body)).build();
    }

    @PUT
    @Path("application-types/{code}/documents")
    public Response requireDocuments(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                     @NotNull Checklist body) {
        TypeView t = types.requireDocuments(code, Versions.expected(ifMatch), body);
        return Response.ok(t).tag(Versions.etag(t.version())).build();
    }
}
