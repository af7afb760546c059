package com.servicedesk.web.api;

import com.servicedesk.shared.Role;
import com.servicedesk.workqueue.BulkActions;
import com.servicedesk.workqueue.BulkRequest;
import com.servicedesk.workqueue.BulkResult;
import com.servicedesk.workqueue.CaseList;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Actions on a selection of cases, each case on its own, and the selection as a workbook. */
@Tag(name = "bulk-actions")
@Path("bulk-actions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BulkActionResource {

    /** The cases of a list to export. */
    public record Selection(@NotNull CaseList list,
                            @NotNull @Size(min = 1, max = BulkActions.MAX_ITEMS) List<@NotNull @Positive Long> ids) {
    }

    @EJB
    private BulkActions bulk;

    @Operation(operationId = "applyBulkAction", summary = "Act on a selection",
            description = "Assigns, notes or (service requests whose loop is complete) closes each selected case through the same checks as the single action, each in its own transaction and audited on its own; the answer lists what was done and what was refused, and why. A request the action does not fit (CLOSE on complaints, ASSIGN on applications, no assignee or note) is a 400 and does nothing.")
    @APIResponse(responseCode = "200", description = "What was done and what was refused", content = @Content(mediaType = "application/json", schema = @Schema(implementation = BulkResult.class)))
    @POST
    @RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME})
    public BulkResult apply(@Valid @NotNull BulkRequest body) {
        return bulk.apply(body);
    }

    @Operation(operationId = "exportSelection", summary = "Export a selection",
            description = "The selected cases as the list's ledger workbook (every column, codes in words), cases outside the caller's branches left out.")
    @APIResponse(responseCode = "200", description = "The workbook", content = @Content(mediaType = ReportResource.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @POST
    @Path("export")
    @Produces({ReportResource.XLSX, MediaType.APPLICATION_JSON})
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.AUDITOR_NAME})
    public Response export(@Valid @NotNull Selection body, @QueryParam("lang") String lang) {
        StreamingOutput out = stream -> bulk.export(body.list(), body.ids(), ReportResource.locale(lang), stream);
        return Response.ok(out, ReportResource.XLSX).header("Content-Disposition", ReportResource.disposition(
                body.list().name().toLowerCase(Locale.ROOT).replace('_', '-') + "-selection.xlsx")).build();
    }
}
