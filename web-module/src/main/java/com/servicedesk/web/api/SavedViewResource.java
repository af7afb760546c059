package com.servicedesk.web.api;

import com.servicedesk.shared.ListQuery;
import com.servicedesk.shared.Role;
import com.servicedesk.workqueue.CaseList;
import com.servicedesk.workqueue.SavedViewView;
import com.servicedesk.workqueue.SavedViews;
import com.servicedesk.workqueue.ViewDefinition;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

/**
 * Saved views: a case list's query parameters under a name ({@code list}: COMPLAINTS, SERVICE_REQUESTS,
 * APPLICATIONS; {@code query}: what the list's GET takes, {@code status=INVESTIGATING&overdue=true}),
 * the caller's own or shared with their branch, each counted in the caller's scope.
 */
@Tag(name = "saved-views")
@Path("saved-views")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.AUDITOR_NAME})
public class SavedViewResource {

    @EJB
    private SavedViews views;

    @Context
    private UriInfo uri;

    @Operation(operationId = "listSavedViews", summary = "My saved views",
            description = "The caller's own views and those shared with their branch (or region), of one list or of all, each with how many cases its query lists now in the caller's scope.")
    @GET
    public Map<String, List<SavedViewView>> list(@QueryParam("list") String list) {
        return Map.of("items", views.visible(ListQuery.one("list", list, CaseList.class)));
    }

    @Operation(operationId = "getSavedView", summary = "Read a saved view",
            description = "One view the caller owns or that is shared with them, with its count; the version is the ETag.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(implementation = SavedViewView.class)))
    @GET
    @Path("{id:[0-9]{1,18}}")
    public Response get(@PathParam("id") long id) {
        SavedViewView view = views.get(id);
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }

    @Operation(operationId = "createSavedView", summary = "Save a view",
            description = "Saves a list's filters and sort under a name, the caller's own or shared with their branch; a query parameter the list does not take, or a value it cannot read, is a 400 naming it (query.status).")
    @APIResponse(responseCode = "201", description = "Created; its URI is in Location", headers = @Header(name = "Location", ref = "#/components/headers/Location"), content = @Content(mediaType = "application/json", schema = @Schema(implementation = SavedViewView.class)))
    @POST
    public Response create(@Valid @NotNull ViewDefinition body) {
        SavedViewView view = views.create(body);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(view.id())).build()).entity(view)
                .tag(Versions.etag(view.version())).build();
    }

    @Operation(operationId = "updateSavedView", summary = "Change a saved view",
            description = "Renames the view, changes its query or its sharing (its list stays); only its owner may (403 for others).")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(implementation = SavedViewView.class)))
    @PUT
    @Path("{id:[0-9]{1,18}}")
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull ViewDefinition body) {
        SavedViewView view = views.update(id, Versions.expected(ifMatch), body);
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }

    @Operation(operationId = "deleteSavedView", summary = "Delete a saved view",
            description = "Deletes the view; only its owner may (403 for others).")
    @APIResponse(responseCode = "204", description = "Deleted")
    @DELETE
    @Path("{id:[0-9]{1,18}}")
    public Response delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        views.delete(id, Versions.expected(ifMatch));
        return Response.noContent().build();
    }
}
