package com.servicedesk.web.api;

import com.servicedesk.followup.FollowUpService;
import com.servicedesk.followup.ReturnVisitView;
import com.servicedesk.followup.SatisfactionSummary;
import com.servicedesk.security.Role;
import com.servicedesk.shared.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Closed return visits and the satisfaction index per branch over HTTP. */
@Path("return-visits")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.AUDITOR_NAME})
public class ReturnVisitResource {

    @EJB
    private FollowUpService followUps;

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
