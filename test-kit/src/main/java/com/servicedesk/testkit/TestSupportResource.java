package com.servicedesk.testkit;

import com.servicedesk.complaint.ComplaintEscalation;
import com.servicedesk.demo.AdjustableTimeSource;
import com.servicedesk.demo.DemoKeySource;
import com.servicedesk.events.EventPublisher;
import com.servicedesk.followup.FollowUpEscalation;
import com.servicedesk.notification.NotificationDispatcher;
import com.servicedesk.security.PersonalDataKeys;
import com.servicedesk.shared.Role;
import com.servicedesk.servicerequest.ServiceRequestEscalation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;

/**
 * The test server's controls: move the bank's clock, run a timer's job at once instead of waiting
 * for it, swap the personal-data keys to rehearse a rotation. This WAR is deployed only with the
 * demo-data module on a test or demo server; the production EAR has neither.
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

    /** The keys to use from now on. */
    public record Keys(@NotNull String current, String previous) {
    }

    @Inject
    private AdjustableTimeSource time;

    @Inject
    private DemoKeySource keys;

    @EJB
    private ComplaintEscalation escalation;

    @EJB
    private NotificationDispatcher notifications;

    @Inject
    private SmsStub sms;

    @EJB
    private ServiceRequestEscalation requestEscalation;

    @EJB
    private FollowUpEscalation followUpEscalation;

    @Inject
    private ReceivedEvents events;

    @EJB
    private EventPublisher publisher;

    @PUT
    @Path("clock")
    public ClockOffset moveClock(@NotNull ClockOffset body) {
        time.setOffset(Duration.ofSeconds(body.offsetSeconds()));
        return new ClockOffset(time.offset().toSeconds());
    }

    /** Delivers the due notifications now instead of at the next pass. */
    @POST
    @Path("jobs/notifications")
    public NotificationDispatcher.Run runNotifications() {
        return notifications.run();
    }

    /** What the SMS stub received, oldest first. */
    @GET
    @Path("sms-messages")
    public List<SmsStub.Message> smsMessages() {
        return sms.received();
    }

    /** How many of the next SMS requests the stub refuses with 503. */
    /** How many SMS requests the stub refuses next; only those to {@code to} when it is given. */
    public record Failures(@NotNull Integer count, String to) {
    }

    @PUT
    @Path("sms-failures")
    public Failures failSms(@NotNull Failures body) {
        sms.failNext(body.count(), body.to());
        return body;
    }

    @POST
    @Path("jobs/complaint-escalation")
    public ComplaintEscalation.Run runComplaintEscalation() {
        return escalation.run();
    }

    @POST
    @Path("jobs/service-request-escalation")
    public ServiceRequestEscalation.Run runServiceRequestEscalation() {
        return requestEscalation.run();
    }

    @POST
    @Path("jobs/follow-up-escalation")
    public FollowUpEscalation.Run runFollowUpEscalation() {
        return followUpEscalation.run();
    }

    /** The domain events the test kit's durable subscriber received about one aggregate (or all), in order. */
    @GET
    @Path("events")
    public List<ReceivedEvents.Received> events(@QueryParam("reference") String reference) {
        return events.about(reference);
    }

    /** Publishes the outbox now, as the publisher does every five seconds; how many events went out. */
    @POST
    @Path("jobs/events")
    public int publishEvents() {
        return publisher.run();
    }

    @PUT
    @Path("pii-keys")
    public Response useKeys(@NotNull Keys body) {
        keys.use(PersonalDataKeys.of(body.current(), body.previous()));
        return Response.noContent().build();
    }
}
