package com.servicedesk.web.api;

import com.servicedesk.followup.FollowUpService;
import com.servicedesk.followup.FollowUpView;
import com.servicedesk.followup.ReturnVisitView;
import com.servicedesk.followup.SatisfactionSummary;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Closed return visits and the satisfaction index per branch over HTTP. */
@Tag(name = "follow-ups")
@Path("return-visits")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.AUDITOR_NAME})
public class ReturnVisitResource {

    /** A return-visit call named by its follow-up (the contract's form of {@code POST /follow-ups/{id}/visits}). */
    public record NewVisit(@NotNull Long followUpId, @NotNull Boolean reached, @NotNull VisitChannel channel,
                           Integer speed, Integer professionalism, Integer personalisation, Integer overall,
                           Integer nps, @Size(max = 2000) String words) {
    }

    @EJB
    private FollowUpService followUps;

    @Operation(operationId = "recordReturnVisit", summary = "Record a return visit by follow-up",
            description = "Records a return visit naming its follow-up in the body, as the follow-up's own visit operation does.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(implementation = FollowUpView.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME})
    public Response record(@HeaderParam("If-Match") String ifMatch, @Valid @NotNull NewVisit body) {
        FollowUpView view = followUps.recordVisit(body.followUpId(), Versions.expected(ifMatch),
                new FollowUpResource.VisitRequest(body.reached(), body.channel(), body.speed(), body.professionalism(),
                        body.personalisation(), body.overall(), body.nps(), body.words()).toInput());
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }

    @Operation(operationId = "listReturnVisits", summary = "List return visits",
            description = "Return visits made in the caller's scope, filtered by period and branch.")
    @GET
    public Page<ReturnVisitView> visits(@QueryParam("branch") String branch, @QueryParam("from") String from,
                                        @QueryParam("to") String to, @QueryParam("page") String page,
                                        @QueryParam("size") String size) {
        return followUps.visits(ListQuery.text(branch), ListQuery.date("from", from), ListQuery.date("to", to),
                Paging.of(page, size));
    }

    @Operation(operationId = "getSatisfaction", summary = "Satisfaction by branch",
            description = "Satisfaction and net-promoter figures of the return visits in a period, per branch.")
    @GET
    @Path("satisfaction")
    public List<SatisfactionSummary> satisfaction(@QueryParam("from") String from, @QueryParam("to") String to) {
        return followUps.satisfaction(ListQuery.date("from", from), ListQuery.date("to", to));
    }
}
