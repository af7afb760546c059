package com.servicedesk.web.api;

import com.servicedesk.customer.ContactChange;
import com.servicedesk.retention.PersonalInformationRequest;
import com.servicedesk.retention.PersonalInformationRequests;
import com.servicedesk.retention.PirView;
import com.servicedesk.shared.InvalidInputException;
import com.servicedesk.shared.ListQuery;
import com.servicedesk.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
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
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The customer's rights over their personal information (PIPL arts. 44–47): copy, correction, deletion. */
@Tag(name = "customers")
@Path("personal-information-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.AUDITOR_NAME})
public class PersonalInformationResource {

    /** A request to take in: whose, its kind, the channel it came by, and what the customer said. */
    public record NewRequest(@NotNull @jakarta.validation.constraints.Positive Long customerId,
                             @NotNull PersonalInformationRequest.Kind kind, @Size(max = 32) String channel,
                             @Size(max = 4000) String note) {
    }

    /** How a released copy was handed over (COUNTER, POST, EMAIL). */
    public record Release(@Size(max = 32) String deliveredBy) {
    }

    @EJB
    private PersonalInformationRequests requests;

    @Context
    private UriInfo uri;

    @Operation(operationId = "registerPersonalInformationRequest", summary = "Take in a personal-information request",
            description = "A customer asks for a copy of their data (ACCESS), a correction or a deletion: a service request of the category PERSONAL_INFORMATION, on its response standard, with the request.")
    @APIResponse(responseCode = "201", description = "Taken in", headers = @Header(name = "Location", ref = "#/components/headers/Location"), content = @Content(mediaType = "application/json", schema = @Schema(implementation = PirView.class)))
    @POST
    @RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME})
    public Response register(@Valid @NotNull NewRequest body) {
        PirView view = requests.register(body.customerId(), body.kind(), body.channel(), body.note());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(view.id())).build()).entity(view)
                .tag(Versions.etag(view.version())).build();
    }

    @Operation(operationId = "listPersonalInformationRequests", summary = "A customer's personal-information requests",
            description = "A customer's requests (customerId), newest first.")
    @GET
    public Map<String, List<PirView>> ofCustomer(@QueryParam("customerId") String customerId) {
        Long id = ListQuery.number("customerId", customerId);
        if (id == null) {
            throw new InvalidInputException("customerId", "is required");
        }
        return Map.of("items", requests.ofCustomer(id));
    }

    @Operation(operationId = "getPersonalInformationRequest", summary = "A personal-information request",
            description = "The request, its service request and due time, the copy's files, and its outcome.")
    @GET
    @Path("{id:[0-9]{1,18}}")
    public Response get(@PathParam("id") long id) {
        PirView view = requests.get(id);
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }

    @Operation(operationId = "preparePersonalInformationCopy", summary = "Prepare the copy",
            description = "A supervisor or manager prepares the copy of an ACCESS request: a PDF/A and a JSON file with every value in clear, kept as the request's files; the view is audited.")
    @POST
    @Path("{id:[0-9]{1,18}}/copy")
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME})
    public Response prepare(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        PirView view = requests.prepareCopy(id, Versions.expected(ifMatch));
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }

    @Operation(operationId = "releasePersonalInformationCopy", summary = "Release the copy",
            description = "Another supervisor or manager of the customer's branch releases the prepared copy and says how it was handed over; the preparer gets 409.")
    @POST
    @Path("{id:[0-9]{1,18}}/release")
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME})
    public Response release(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull Release body) {
        PirView view = requests.releaseCopy(id, Versions.expected(ifMatch), body.deliveredBy());
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }

    @Operation(operationId = "correctPersonalInformation", summary = "Correct the customer's data",
            description = "Carries out a CORRECTION request: the name, phone or e-mail as given.")
    @POST
    @Path("{id:[0-9]{1,18}}/correction")
    @RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME})
    public Response correct(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull ContactChange body) {
        PirView view = requests.correct(id, Versions.expected(ifMatch), body);
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }

    @Operation(operationId = "deletePersonalInformation", summary = "Delete the customer's personal information",
            description = "Carries out a DELETION request by anonymising the customer, or refuses it with the legal reason (status REFUSED): a case still open, a legal hold, or records within their retention period.")
    @POST
    @Path("{id:[0-9]{1,18}}/deletion")
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME})
    public Response delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        PirView view = requests.delete(id, Versions.expected(ifMatch));
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }
}
