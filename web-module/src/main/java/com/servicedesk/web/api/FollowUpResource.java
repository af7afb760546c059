package com.servicedesk.web.api;

import com.servicedesk.followup.FollowUpService;
import com.servicedesk.followup.FollowUpStatus;
import com.servicedesk.followup.FollowUpView;
import com.servicedesk.followup.SurveyAnswers;
import com.servicedesk.followup.VisitChannel;
import com.servicedesk.shared.ListQuery;
import com.servicedesk.shared.Page;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Follow-up tasks and the calls of their return visits over HTTP. */
@Tag(name = "follow-ups")
@Path("follow-ups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.AUDITOR_NAME})
public class FollowUpResource {

    /** One call of a return visit: reached with the survey, or not reached. */
    public record VisitRequest(@NotNull Boolean reached, @NotNull VisitChannel channel, Integer speed,
                               Integer professionalism, Integer personalisation, Integer overall, Integer nps,
                               @Size(max = 2000) String words) {
        public FollowUpService.VisitInput toInput() {
            return new FollowUpService.VisitInput(reached, channel, reached
                    ? new SurveyAnswers(speed, professionalism, personalisation, overall, nps, words) : null);
        }
    }

    @EJB
    private FollowUpService followUps;

    @Operation(operationId = "listFollowUps", summary = "List follow-ups",
            description = "Return visits due and done in the caller's scope, one page at a time.")
    @GET
    public Page<FollowUpView> list(@QueryParam("queue") String queue, @QueryParam("status") String status,
                                   @QueryParam("page") String page, @QueryParam("size") String size) {
        return followUps.list(ListQuery.one("queue", queue, FollowUpService.Queue.class),
                ListQuery.one("status", status, FollowUpStatus.class), Paging.of(page, size));
    }

    @Operation(operationId = "getFollowUp", summary = "Read a follow-up",
            description = "One follow-up with its attempts and survey; the version is the ETag.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(implementation = FollowUpView.class)))
    @GET
    @Path("{id:[0-9]{1,18}}")
    public Response get(@PathParam("id") long id) {
        FollowUpView view = followUps.get(id);
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }

    @Operation(operationId = "recordFollowUpVisit", summary = "Record a return visit",
            description = "Records one attempt of a return visit: whether the customer was reached, on which channel, and the satisfaction survey's answers.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(implementation = FollowUpView.class)))
    @POST
    @Path("{id:[0-9]{1,18}}/visits")
    @RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME})
    public Response visit(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                          @Valid @NotNull VisitRequest body) {
        FollowUpView view = followUps.recordVisit(id, Versions.expected(ifMatch), body.toInput());
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }
}
