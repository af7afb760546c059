package com.servicedesk.web.api;

import com.servicedesk.audit.AuditSealer;
import com.servicedesk.audit.AuditVerification;
import com.servicedesk.audit.AuditVerifier;
import com.servicedesk.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The audit trail, for internal audit: prove it intact, or seal it now. */
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

    @GET
    @Path("verify")
    public AuditVerification verify() {
        return verifier.verify();
    }

    /** Seals every chain that moved since the last seal; 204 when nothing moved. */
    @POST
    @Path("anchors")
    public Response seal() {
        return sealer.seal()
                .map(a -> Response.status(Response.Status.CREATED).entity(new Seal(a.id(), a.headCount(), a.anchorHash())).build())
                .orElseGet(() -> Response.noContent().build());
    }
}
