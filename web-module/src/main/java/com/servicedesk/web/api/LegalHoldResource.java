package com.servicedesk.web.api;

import com.servicedesk.retention.HoldTarget;
import com.servicedesk.retention.HoldView;
import com.servicedesk.retention.LegalHolds;
import com.servicedesk.shared.ListQuery;
import com.servicedesk.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
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

/** Legal holds on cases and customers: nothing held is anonymised or deleted. */
@Tag(name = "retention")
@Path("legal-holds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.AUDITOR_NAME})
public class LegalHoldResource {

    /** A hold to place. */
    public record NewHold(@NotNull HoldTarget target, @NotNull @Positive Long targetId, @NotBlank @Size(max = 1000) String reason) {
    }

    /** Why a hold is released. */
    public record Release(@NotBlank @Size(max = 1000) String reason) {
    }

    @EJB
    private LegalHolds holds;

    @Context
    private UriInfo uri;

    @Operation(operationId = "listLegalHolds", summary = "Legal holds",
            description = "The holds standing now in the caller's branches, or every hold of one case or customer (target and targetId).")
    @GET
    public Map<String, List<HoldView>> list(@QueryParam("target") String target, @QueryParam("targetId") String targetId) {
        HoldTarget t = ListQuery.one("target", target, HoldTarget.class);
        Long id = ListQuery.number("targetId", targetId);
        return Map.of("items", t == null || id == null ? holds.active() : holds.of(t, id));
    }

    @Operation(operationId = "placeLegalHold", summary = "Place a legal hold",
            description = "Holds a case or a customer with a reason (litigation, a regulator's inquiry): retention skips it until the hold is released; 409 when one stands already.")
    @APIResponse(responseCode = "201", description = "Placed", headers = @Header(name = "Location", ref = "#/components/headers/Location"), content = @Content(mediaType = "application/json", schema = @Schema(implementation = HoldView.class)))
    @POST
    public Response place(@Valid @NotNull NewHold body) {
        HoldView hold = holds.place(body.target(), body.targetId(), body.reason());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(hold.id())).build()).entity(hold)
                .tag(Versions.etag(hold.version())).build();
    }

    @Operation(operationId = "releaseLegalHold", summary = "Release a legal hold",
            description = "Someone other than the person who placed it releases the hold, with a reason (409 for the placer).")
    @POST
    @Path("{id:[0-9]{1,18}}/release")
    public Response release(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull Release body) {
        HoldView hold = holds.release(id, Versions.expected(ifMatch), body.reason());
        return Response.ok(hold).tag(Versions.etag(hold.version())).build();
    }
}
