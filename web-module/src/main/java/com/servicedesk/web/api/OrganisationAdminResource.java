package com.servicedesk.web.api;

import com.servicedesk.organisation.OrganisationAdministration;
import com.servicedesk.organisation.OrganisationAdministration.BranchView;
import com.servicedesk.organisation.OrganisationAdministration.NewBranch;
import com.servicedesk.organisation.OrganisationAdministration.NewRegion;
import com.servicedesk.organisation.OrganisationAdministration.RegionView;
import com.servicedesk.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Branches and regions as the administrator maintains them. Writes to an existing one take
 * {@code If-Match} with the version its {@code ETag} gave ({@code 412} when it changed meanwhile).
 */
@Tag(name = "administration")
@Path("admin/organisation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class OrganisationAdminResource {

    /** New names for a branch or region. */
    public record Names(String nameZh, String nameEn) {
    }

    /** Where a branch's open cases and customers go. */
    public record Move(String to) {
    }

    /** The day a branch closes (today when none). */
    public record Closing(LocalDate closedOn) {
    }

    @EJB
    private OrganisationAdministration organisation;

    @Context
    private UriInfo uri;

    @Operation(operationId = "listAllBranches", summary = "List all branches",
            description = "Every branch, open or closed, with its region and version.")
    @GET
    @Path("branches")
    public List<BranchView> branches() {
        return organisation.branches();
    }

    @Operation(operationId = "getBranch", summary = "Read a branch",
            description = "One branch; the version is the ETag.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(implementation = BranchView.class)))
    @GET
    @Path("branches/{code}")
    public Response branch(@PathParam("code") String code) {
        return tagged(organisation.branch(code));
    }

    @Operation(operationId = "openBranch", summary = "Open a branch",
            description = "Opens a branch in a region.")
    @APIResponse(responseCode = "201", description = "Created; its URI is in Location", headers = @Header(name = "Location", ref = "#/components/headers/Location"), content = @Content(mediaType = "application/json", schema = @Schema(implementation = BranchView.class)))
    @POST
    @Path("branches")
    public Response openBranch(@NotNull NewBranch body) {
        BranchView b = organisation.openBranch(body);
        return Response.created(uri.getAbsolutePathBuilder().path(b.code()).build())
                .entity(b).tag(Versions.etag(b.version())).build();
    }

    @Operation(operationId = "renameBranch", summary = "Rename a branch",
            description = "Changes a branch's Chinese and English names.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(implementation = BranchView.class)))
    @PUT
    @Path("branches/{code}")
    public Response renameBranch(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                 @NotNull Names body) {
        return tagged(organisation.renameBranch(code, Versions.expected(ifMatch), body.nameZh(), body.nameEn()));
    }

    /** The body of a branch's assignment policy. */
    public record AssignmentPolicy(@NotNull Boolean byWorkload) {
    }

    @Operation(operationId = "setBranchAssignment", summary = "Set how a branch assigns",
            description = "Whether the branch assigns new complaints by workload (impartially) or leaves it to a supervisor's ASSIGN.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(implementation = BranchView.class)))
    @PUT
    @Path("branches/{code}/assignment")
    public Response assignment(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @NotNull @jakarta.validation.Valid AssignmentPolicy body) {
        return tagged(organisation.assignByWorkload(code, Versions.expected(ifMatch), body.byWorkload()));
    }

    @Operation(operationId = "moveBranchOpenCases", summary = "Move a branch's open cases",
            description = "Moves every open case and every customer to another open branch: how many of each moved.")
    @POST
    @Path("branches/{code}/move-open-cases")
    public Map<String, Integer> moveOpenCases(@PathParam("code") String code, @NotNull Move body) {
        return organisation.moveOpenCases(code, body.to());
    }

    @Operation(operationId = "closeBranch", summary = "Close a branch",
            description = "Closes the branch: 409 branch-not-empty, naming what is left, while anything is open there.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(implementation = BranchView.class)))
    @POST
    @Path("branches/{code}/close")
    public Response closeBranch(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                Closing body) {
        return tagged(organisation.closeBranch(code, Versions.expected(ifMatch), body == null ? null : body.closedOn()));
    }

    @Operation(operationId = "listAllRegions", summary = "List regions",
            description = "Every region with its version.")
    @GET
    @Path("regions")
    public List<RegionView> regions() {
        return organisation.regions();
    }

    @Operation(operationId = "openRegion", summary = "Open a region",
            description = "Opens a region.")
    @APIResponse(responseCode = "201", description = "Created; its URI is in Location", headers = @Header(name = "Location", ref = "#/components/headers/Location"), content = @Content(mediaType = "application/json", schema = @Schema(implementation = RegionView.class)))
    @POST
    @Path("regions")
    public Response openRegion(@NotNull NewRegion body) {
        RegionView r = organisation.openRegion(body);
        return Response.created(uri.getAbsolutePathBuilder().path(r.code()).build())
                .entity(r).tag(Versions.etag(r.version())).build();
    }

    @Operation(operationId = "renameRegion", summary = "Rename a region",
            description = "Changes a region's Chinese and English names.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(implementation = RegionView.class)))
    @PUT
    @Path("regions/{code}")
    public Response renameRegion(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                 @NotNull Names body) {
        RegionView r = organisation.renameRegion(code, Versions.expected(ifMatch), body.nameZh(), body.nameEn());
        return Response.ok(r).tag(Versions.etag(r.version())).build();
    }

    private static Response tagged(BranchView b) {
        return Response.ok(b).tag(Versions.etag(b.version())).build();
    }
}
