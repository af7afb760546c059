package com.servicedesk.web.api;

import com.servicedesk.followup.FollowUpService;
import com.servicedesk.followup.FollowUpView;
import com.servicedesk.followup.ReturnVisitView;
import com.servicedesk.followup.SatisfactionSummary;
import com.servicedesk.followup.VisitChannel;
import com.servicedesk.shared.Role;
import com.servicedesk.shared.Page;
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

/** Closed return visits and the satisfaction index per branch over HTTP. */
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

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME})
    public Response record(@HeaderParam("If-Match") String ifMatch, @Valid @NotNull NewVisit body) {
        FollowUpView view = followUps.recordVisit(body.followUpId(), Versions.expected(ifMatch),
                new FollowUpResource.VisitRequest(body.reached(), body.channel(), body.speed(), body.professionalism(),
                        body.personalisation(), body.overall(), body.nps(), body.words()).toInput());
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }

    @GET
    public Page<ReturnVisitView> visits(@QueryParam("branch") String branch, @QueryParam("from") String from,
                                        @QueryParam("to") String to, @QueryParam("page") String page,
                                        @QueryParam("size") String size) {
        return followUps.visits(QueryParams.text(branch), QueryParams.date("from", from), QueryParams.date("to", to),
                Paging.of(page, size));
    }

    @GET
    @Path("satisfaction")
    public List<SatisfactionSummary> satisfaction(@QueryParam("from") String from, @QueryParam("to") String to) {
        return followUps.satisfaction(QueryParams.date("from", from), QueryParams.date("to", to));
    }
}
