package com.servicedesk.web.api;

import com.servicedesk.customer.PersonalDataRotation;
import com.servicedesk.security.NewStaff;
import com.servicedesk.security.Role;
import com.servicedesk.security.StaffAdministration;
import com.servicedesk.security.StaffView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The administrator's API: staff accounts and personal-data key rotation. No business data. */
@Path("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class AdminResource {

    /** A new role and scope for an account. */
    public record RoleChange(@NotNull Role role, @Size(max = 16) String branchCode, @Size(max = 16) String regionCode) {
    }

    @EJB
    private StaffAdministration staff;

    @EJB
    private PersonalDataRotation rotation;

    @GET
    @Path("users")
    public List<StaffView> users() {
        return staff.users();
    }

    @POST
    @Path("users")
    public Response create(@Valid @NotNull NewStaff body) {
        return Response.status(Response.Status.CREATED).entity(staff.create(body)).build();
    }

    @PUT
    @Path("users/{username}/role")
    public StaffView changeRole(@PathParam("username") String username, @Valid @NotNull RoleChange body) {
        return staff.changeRole(username, body.role(), body.branchCode(), body.regionCode());
    }

    @POST
    @Path("users/{username}/unlock")
    public StaffView unlock(@PathParam("username") String username) {
        return staff.unlock(username);
    }

    @POST
    @Path("users/{username}/disable")
    public StaffView disable(@PathParam("username") String username) {
        return staff.setEnabled(username, false);
    }

    @POST
    @Path("users/{username}/enable")
    public StaffView enable(@PathParam("username") String username) {
        return staff.setEnabled(username, true);
    }

    /** Re-encrypts personal data under the current key and recomputes the search indexes. */
    @POST
    @Path("pii-rotation")
    public PersonalDataRotation.Result rotate() {
        return rotation.rotate();
    }
}
