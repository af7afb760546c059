package com.servicedesk.web.api;

import com.servicedesk.security.Caller;
import com.servicedesk.security.CallerContext;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Who the credentials belong to, and what they may see. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class MeResource {

    /** The signed-in member of staff. */
    public record Me(String username, String displayName, String role, String branchCode, String regionCode) {
    }

    @EJB
    private CallerContext callers;

    @GET
    public Me me() {
        Caller c = callers.current();
        return new Me(c.username(), c.displayName(), c.role().name(), c.branchCode(), c.regionCode());
    }
}
