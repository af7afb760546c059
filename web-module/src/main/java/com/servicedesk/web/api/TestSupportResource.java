package com.servicedesk.web.api;

import com.servicedesk.complaint.ComplaintEscalation;
import com.servicedesk.followup.FollowUpEscalation;
import com.servicedesk.security.PersonalDataCipher;
import com.servicedesk.security.Role;
import com.servicedesk.servicerequest.ServiceRequestEscalation;
import com.servicedesk.shared.TimeSource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;

/**
 * Lets tests move the bank's clock and run a timer's job at once instead of waiting for it. It
 * exists only on a server started with {@code servicedesk.clock.adjustable=true} (the test server);
 * everywhere else every path here answers 404.
 */
@Path("test-support")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class TestSupportResource {

    /** How far the clock is moved ahead of real time. */
    public record ClockOffset(@NotNull Long offsetSeconds) {
    }

    @Inject
    private TimeSource time;

    @EJB
    private ComplaintEscalation escalation;

    @EJB
    private ServiceRequestEscalation requestEscalation;

    @EJB
    private FollowUpEscalation followUpEscalation;

    @PUT
    @Path("clock")
    public ClockOffset moveClock(@NotNull ClockOffset body) {
        requireEnabled();
        time.setOffset(Duration.ofSeconds(body.offsetSeconds()));
        return new ClockOffset(time.offset().toSeconds());
    }

    @POST
    @Path("jobs/complaint-escalation")
    public ComplaintEscalation.Run runComplaintEscalation() {
        requireEnabled();
        return escalation.run();
    }

    @POST
    @Path("jobs/service-request-escalation")
    public ServiceRequestEscalation.Run runServiceRequestEscalation() {
        requireEnabled();
        return requestEscalation.run();
    }

    @POST
    @Path("jobs/follow-up-escalation")
    public FollowUpEscalation.Run runFollowUpEscalation() {
        requireEnabled();
        return followUpEscalation.run();
    }

    /** The keys to use from now on, to rehearse a rotation on the test server. */
    public record Keys(@NotNull String current, String previous) {
    }

    @Inject
    private PersonalDataCipher cipher;

    @PUT
    @Path("pii-keys")
    public Response useKeys(@NotNull Keys body) {
        requireEnabled();
        cipher.configure(body.current(), body.previous() == null ? "" : body.previous());
        return Response.noContent().build();
    }

    private void requireEnabled() {
        if (!time.adjustable()) {
            throw new NotFoundException();
        }
    }
}
