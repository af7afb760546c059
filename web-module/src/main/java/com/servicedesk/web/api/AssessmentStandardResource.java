package com.servicedesk.web.api;

import com.servicedesk.assessment.AssessmentService;
import com.servicedesk.assessment.StandardView;
import com.servicedesk.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Versioned assessment standards over HTTP; the administrator adds versions. */
@Tag(name = "assessment")
@Path("assessment-standards")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
public class AssessmentStandardResource {

    @EJB
    private AssessmentService assessments;

    @Context
    private UriInfo uri;

    @Operation(operationId = "listAssessmentStandards", summary = "List assessment standards",
            description = "The assessment standards: KPIs, weights and targets.")
    @GET
    public List<StandardView> list() {
        return assessments.standards();
    }

    @Operation(operationId = "getAssessmentStandard", summary = "Read an assessment standard",
            description = "One assessment standard with its KPIs.")
    @GET
    @Path("{id:[0-9]{1,18}}")
    public StandardView get(@PathParam("id") long id) {
        return assessments.standard(id);
    }

    @Operation(operationId = "createAssessmentStandard", summary = "Define an assessment standard",
            description = "Defines an assessment standard with its KPIs, weights and targets.")
    @APIResponse(responseCode = "201", description = "Created; its URI is in Location", headers = @Header(name = "Location", ref = "#/components/headers/Location"), content = @Content(mediaType = "application/json", schema = @Schema(implementation = StandardView.class)))
    @POST
    @RolesAllowed(Role.ADMIN_NAME)
    public Response create(@NotNull StandardView body) {
        StandardView view = assessments.createStandard(body);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(view.id())).build()).entity(view).build();
    }
}
