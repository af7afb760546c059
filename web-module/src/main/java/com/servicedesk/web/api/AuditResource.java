package com.servicedesk.web.api;

import com.servicedesk.audit.AuditLogEntry;
import com.servicedesk.audit.AuditLogQuery;
import com.servicedesk.audit.AuditSealer;
import com.servicedesk.audit.AuditVerification;
import com.servicedesk.audit.AuditVerifier;
import com.servicedesk.shared.ListQuery;
import com.servicedesk.shared.Page;
import com.servicedesk.shared.Role;
import com.servicedesk.shared.TimeSource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit trail, for internal audit: prove it intact, or seal it now. */
@Tag(name = "audit")
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.AUDITOR_NAME)
public class AuditResource {

    /** A seal made on request. */
    public record Seal(Long anchorId, int heads, String anchorHash) {
    }

    @EJB
    private AuditVerifier verifier;

    @EJB
    private AuditSealer sealer;

    @EJB
    private AuditLogQuery log;

    @Operation(operationId = "listAuditEntries", summary = "The audit trail",
            description = "The audit log, filtered; times as ISO dates (inclusive) in the bank's time zone.")
    @GET
    @Path("entries")
    public Page<AuditLogEntry> entries(@QueryParam("actor") String actor, @QueryParam("entityType") String entityType,
                                       @QueryParam("entityId") String entityId, @QueryParam("action") String action,
                                       @QueryParam("from") String from, @QueryParam("to") String to,
                                       @QueryParam("page") String page, @QueryParam("size") String size) {
        LocalDate start = ListQuery.date("from", from);
        LocalDate end = ListQuery.date("to", to);
        return log.search(new AuditLogQuery.Filter(ListQuery.text(actor), ListQuery.text(entityType),
                ListQuery.text(entityId), ListQuery.text(action),
                start == null ? null : start.atStartOfDay(TimeSource.BANK_ZONE).toInstant(),
                end == null ? null : end.plusDays(1).atStartOfDay(TimeSource.BANK_ZONE).toInstant()),
                Paging.of(page, size));
    }

    @Operation(operationId = "verifyAuditTrail", summary = "Verify the audit trail",
            description = "Recomputes every chain's hashes and checks them against the seals; any break is named.")
    @GET
    @Path("verify")
    public AuditVerification verify() {
        return verifier.verify();
    }

    @Operation(operationId = "sealAuditTrail", summary = "Seal the audit trail",
            description = "Seals every chain that moved since the last seal; 204 when nothing moved.")
    @APIResponse(responseCode = "201", description = "Created; its URI is in Location", headers = @Header(name = "Location", ref = "#/components/headers/Location"), content = @Content(mediaType = "application/json", schema = @Schema(implementation = AuditResource.Seal.class)))
    @APIResponse(responseCode = "204", description = "Done, nothing to return")
    @POST
    @Path("anchors")
    public Response seal() {
        return sealer.seal()
                .map(a -> Response.status(Response.Status.CREATED).entity(new Seal(a.id(), a.headCount(), a.anchorHash())).build())
                .orElseGet(() -> Response.noContent().build());
    }
}
