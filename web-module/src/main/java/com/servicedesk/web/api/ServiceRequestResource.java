package com.servicedesk.web.api;

import com.servicedesk.attachment.CaseKind;
import com.servicedesk.audit.HistoryEntry;
import com.servicedesk.servicerequest.NewServiceRequest;
import com.servicedesk.servicerequest.ServiceRequestAction;
import com.servicedesk.servicerequest.ServiceRequestCommand;
import com.servicedesk.servicerequest.ServiceRequestFilter;
import com.servicedesk.servicerequest.ServiceRequestService;
import com.servicedesk.servicerequest.ServiceRequestSummary;
import com.servicedesk.servicerequest.ServiceRequestView;
import com.servicedesk.shared.ListQuery;
import com.servicedesk.shared.Page;
import com.servicedesk.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Service requests and their closed loop over HTTP. */
@Tag(name = "service-requests")
@Path("service-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.AUDITOR_NAME})
public class ServiceRequestResource {

    /** The body of a transition: the action, a note, and for RESPOND the answer and the customer's feedback. */
    public record TransitionRequest(@NotNull ServiceRequestAction action, @Size(max = 1000) String note,
                                    @Size(max = 4000) String response, Boolean understood, Boolean satisfied,
                                    @Size(max = 1000) String feedbackNote, @Size(max = 64) String assignee) {
        ServiceRequestCommand toCommand() {
            return new ServiceRequestCommand(note, response, understood, satisfied, feedbackNote, assignee);
        }
    }

    @EJB
    private ServiceRequestService requests;

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

    @RequestBody(required = true, content = @Content(mediaType = "application/json", examples = {
                    @ExampleObject(name = "account", summary = "An account question by phone", value = "{\"customerId\":1001,\"channel\":\"PHONE\",\"category\":\"ACCOUNT\",\"subject\":\"账户冻结咨询\",\"description\":\"客户询问解冻流程\"}")}))
    @Operation(operationId = "registerServiceRequest", summary = "Take a service request",
            description = "Takes a service request on any channel for a customer; it starts RECEIVED with its service standard's deadline. A repeated Idempotency-Key answers the first answer.")
    @APIResponse(responseCode = "201", description = "Created; its URI is in Location", headers = @Header(name = "Location", ref = "#/components/headers/Location"), content = @Content(mediaType = "application/json", schema = @Schema(implementation = ServiceRequestView.class)))
    @POST
    @RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME})
    public Response register(@HeaderParam("Idempotency-Key") String key, @Valid @NotNull NewServiceRequest body) {
        return idempotency.create(key, security.getUserPrincipal().getName(), uri.getPath(), body, () -> {
            ServiceRequestView view = requests.register(body);
            return new Idempotency.Created(uri.getAbsolutePathBuilder().path(Long.toString(view.id())).build(),
                    view, view.version());
        });
    }

    @Operation(operationId = "listServiceRequests", summary = "List service requests",
            description = "Service requests in the caller's scope, filtered and sorted, one page at a time.")
    @GET
    public Page<ServiceRequestSummary> list(@QueryParam("status") String status, @QueryParam("overdue") String overdue,
                                            @QueryParam("branch") String branch, @QueryParam("assignee") String assignee,
                                            @QueryParam("from") String from, @QueryParam("to") String to,
                                            @QueryParam("page") String page, @QueryParam("size") String size) {
        return requests.list(ServiceRequestFilter.parse(ListQuery.of("status", status, "overdue", overdue, "branch", branch,
                "assignee", assignee, "from", from, "to", to)), Paging.of(page, size));
    }

    @Operation(operationId = "getServiceRequest", summary = "Read a service request",
            description = "One service request with its loop's state, deadlines and the actions allowed now; the version is the ETag.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ServiceRequestView.class)))
    @GET
    @Path("{id:[0-9]{1,18}}")
    public Response get(@PathParam("id") long id) {
        ServiceRequestView view = requests.get(id);
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }

    @Operation(operationId = "getServiceRequestHistory", summary = "A service request's history",
            description = "Every state change of the service request from the audit trail, oldest first.")
    @GET
    @Path("{id:[0-9]{1,18}}/history")
    public List<HistoryEntry> history(@PathParam("id") long id) {
        return requests.history(id);
    }

    @Operation(operationId = "transitionServiceRequest", summary = "Move a service request on",
            description = "Applies one lifecycle action (accept, handle, answer, close, reopen, ...); a refused action is 409 with the allowed actions.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ServiceRequestView.class)))
    @POST
    @Path("{id:[0-9]{1,18}}/transitions")
    @RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME})
    public Response transition(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                               @Valid @NotNull TransitionRequest body) {
        ServiceRequestView view = requests.transition(id, Versions.expected(ifMatch), body.action(), body.toCommand());
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }

    /** The case's evidence files ({@code 404} outside the caller's branches). */
    @Path("{id:[0-9]{1,18}}/attachments")
    public CaseAttachments attachments(@PathParam("id") long id) {
        return attachments.of(CaseKind.SERVICE_REQUEST, id, uri.getAbsolutePathBuilder());
    }

    /** The case's notes ({@code 404} outside the caller's branches). */
    @Path("{id:[0-9]{1,18}}/notes")
    public CaseNotesResource notes(@PathParam("id") long id) {
        return notes.of(CaseKind.SERVICE_REQUEST, id, uri.getAbsolutePathBuilder());
    }
}
