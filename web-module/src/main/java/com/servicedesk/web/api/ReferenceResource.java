package com.servicedesk.web.api;

import com.servicedesk.application.ApplicationService;
import com.servicedesk.calendar.HolidayCalendarAdministration;
import com.servicedesk.complaint.DeadlinePolicyAdministration;
import com.servicedesk.followup.FollowUpPolicyAdministration;
import com.servicedesk.organisation.OrganisationService;
import com.servicedesk.reference.CodeNode;
import com.servicedesk.reference.ReferenceDataService;
import com.servicedesk.reference.ReferenceDataService.Dimension;
import com.servicedesk.reports.Reports;
import com.servicedesk.servicerequest.ServiceStandardAdministration;
import com.servicedesk.shared.RecordNotFoundException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reference data for pickers and clients: branches, regions, classification codes, channels, categories, holiday calendars. */
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

    /** An open branch and the region it belongs to. */
    public record BranchCode(String code, String name, String nameEn, String regionCode, String divisionCode) {
    }

    @EJB
    private ReferenceDataService reference;

    @EJB
    private OrganisationService organisation;

    @EJB
    private DeadlinePolicyAdministration deadlinePolicies;

    @EJB
    private ServiceStandardAdministration serviceStandards;

    @EJB
    private FollowUpPolicyAdministration followUpPolicies;

    @EJB
    private ApplicationService applications;

    @EJB
    private HolidayCalendarAdministration calendars;

    /** Every year known, with the version in force and any waiting for approval. */
    @GET
    @Path("holiday-calendars")
    public Response holidayCalendars() {
        return tagged(calendars.versions());
    }

    /** A year's arrangement in force. */
    @GET
    @Path("holiday-calendars/{year}")
    public Response holidayCalendar(@PathParam("year") int year) {
        return tagged(calendars.inForce(year)
                .orElseThrow(() -> new RecordNotFoundException("holiday calendar in force for", year)));
    }

    @Context
    private Request request;

    @GET
    @Path("complaint-codes")
    public Response complaintCodes() {
        return tagged(new ComplaintCodes(reference.complaintCodeTree(Dimension.A), reference.complaintCodeTree(Dimension.B),
                reference.complaintCodeTree(Dimension.C)));
    }

    @GET
    @Path("service-categories")
    public Response serviceCategories() {
        return tagged(reference.serviceCategories().stream().map(c -> new NamedCode(c.code(), c.nameZh(), c.nameEn())).toList());
    }

    @GET
    @Path("application-types")
    public Response applicationTypes() {
        return tagged(applications.types());
    }

    @GET
    @Path("channels")
    public Response channels() {
        return tagged(reference.intakeChannels().stream()
                .map(c -> new Channel(c.code(), c.nameZh(), c.nameEn(), c.channelCode(), c.forService()))
                .toList());
    }

    /** The branches that take new work; a closed branch keeps its cases but takes none. */
    @GET
    @Path("branches")
    public Response branches() {
        return tagged(organisation.openBranches().stream()
                .map(b -> new BranchCode(b.code(), b.nameZh(), b.nameEn(), b.regionCode(), b.divisionCode())).toList());
    }

    @GET
    @Path("regions")
    public Response regions() {
        return tagged(organisation.regions().stream().map(r -> new NamedCode(r.code(), r.nameZh(), r.nameEn())).toList());
    }

    /** Each deadline regime's revision in force today, with its day counts and who may extend. */
    @GET
    @Path("deadline-policies")
    public Response deadlinePolicies() {
        return tagged(deadlinePolicies.inForce());
    }

    @GET
    @Path("service-standards")
    public Response serviceStandards() {
        return tagged(serviceStandards.inForce());
    }

    @GET
    @Path("follow-up-policies")
    public Response followUpPolicies() {
        return tagged(followUpPolicies.inForce());
    }

    /**
     * Reference data in force today, tagged with a digest of what is served: a client that sends the tag
     * back in {@code If-None-Match} gets {@code 304} until the data change, whichever change it is.
     */
    private Response tagged(Object body) {
        String json = SharedJsonb.JSONB.toJson(body);
        EntityTag tag = new EntityTag(Reports.sha256(json.getBytes(StandardCharsets.UTF_8)).substring(0, 32));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        return (notModified != null ? notModified : Response.ok(json, MediaType.APPLICATION_JSON_TYPE)).tag(tag).build();
    }
}
