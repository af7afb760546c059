package com.servicedesk.web.api;

import com.servicedesk.application.ApplicationService;
import com.servicedesk.application.ApplicationTypeView;
import com.servicedesk.calendar.CalendarVersionView;
import com.servicedesk.calendar.HolidayCalendarAdministration;
import com.servicedesk.reference.CodeNode;
import com.servicedesk.reference.ReferenceDataService;
import com.servicedesk.reference.ReferenceDataService.Dimension;
import com.servicedesk.shared.RecordNotFoundException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Reference data for pickers and clients: classification codes, channels, categories, holiday calendars. */
@Path("reference")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class ReferenceResource {

    /** The three JR/T 0169 trees. */
    public record ComplaintCodes(List<CodeNode> channels, List<CodeNode> businessCategories, List<CodeNode> causes) {
    }

    /** A code and its names. */
    public record NamedCode(String code, String name, String nameEn) {
    }

    /** An intake channel and the channel (A) code it is counted under. */
    public record Channel(String code, String name, String nameEn, String channelCode, boolean forServiceRequests) {
    }

    @EJB
    private ReferenceDataService reference;

    @EJB
    private ApplicationService applications;

    @EJB
    private HolidayCalendarAdministration calendars;

    /** Every year known, with the version in force and any waiting for approval. */
    @GET
    @Path("holiday-calendars")
    public List<CalendarVersionView> holidayCalendars() {
        return calendars.versions();
    }

    /** A year's arrangement in force, tagged with its version so that clients can cache it. */
    @GET
    @Path("holiday-calendars/{year}")
    public Response holidayCalendar(@PathParam("year") int year, @Context Request request) {
        CalendarVersionView inForce = calendars.inForce(year)
                .orElseThrow(() -> new RecordNotFoundException("holiday calendar in force for", year));
        EntityTag tag = new EntityTag(year + "-" + inForce.version());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        return (notModified != null ? notModified : Response.ok(inForce)).tag(tag).build();
    }

    @GET
    @Path("complaint-codes")
    public ComplaintCodes complaintCodes() {
        return new ComplaintCodes(reference.complaintCodeTree(Dimension.A), reference.complaintCodeTree(Dimension.B),
                reference.complaintCodeTree(Dimension.C));
    }

    @GET
    @Path("service-categories")
    public List<NamedCode> serviceCategories() {
        return reference.serviceCategories().stream().map(c -> new NamedCode(c.code(), c.nameZh(), c.nameEn())).toList();
    }

    @GET
    @Path("application-types")
    public List<ApplicationTypeView> applicationTypes() {
        return applications.types();
    }

    @GET
    @Path("channels")
    public List<Channel> channels() {
        return reference.intakeChannels().stream()
                .map(c -> new Channel(c.code(), c.nameZh(), c.nameEn(), c.channelCode(), c.forService()))
                .toList();
    }
}
