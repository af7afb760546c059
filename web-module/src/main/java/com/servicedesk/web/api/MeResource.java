package com.servicedesk.web.api;

import com.servicedesk.security.Caller;
import com.servicedesk.security.CallerContext;
import com.servicedesk.security.StaffDirectory;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who the credentials belong to, and what they may see. */
@Tag(name = "me")
@Path("me")
@ApplicationScoped
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

    @Operation(operationId = "changeOwnPassword", summary = "Change my password",
            description = "Changes the signed-in member's own password; the current password must be given and the new one must meet the password rules.")
    @APIResponse(responseCode = "204", description = "Done, nothing to return")
    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changePassword(@Valid @NotNull PasswordChange body) {
        directory.changeOwnPassword(body.currentPassword(), body.newPassword());
        return Response.noContent().build();
    }

    @Operation(operationId = "getMe", summary = "Who am I",
            description = "The signed-in staff member: user name, display name, role, branch or region scope and the portal language.")
    @GET
    public Me me() {
        Caller c = callers.current();
        return new Me(c.username(), c.displayName(), c.role().name(), c.branchCode(), c.regionCode());
    }
}
