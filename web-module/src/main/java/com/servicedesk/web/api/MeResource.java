package com.servicedesk.web.api;

import com.servicedesk.security.Caller;
import com.servicedesk.security.CallerContext;
import com.servicedesk.security.StaffDirectory;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

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

    /** A change of one's own password. */
    public record PasswordChange(@NotBlank String currentPassword, @NotBlank String newPassword) {
    }

    @EJB
    private StaffDirectory directory;

    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changePassword(@Valid @NotNull PasswordChange body) {
        directory.changeOwnPassword(body.currentPassword(), body.newPassword());
        return Response.noContent().build();
    }

    @GET
    public Me me() {
        Caller c = callers.current();
        return new Me(c.username(), c.displayName(), c.role().name(), c.branchCode(), c.regionCode());
    }
}
