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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Reference data for pickers and clients: branches, regions, classification codes, channels, categories, holiday calendars. */
@Tag(name = "reference-data")
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

    @Operation(operationId = "listHolidayCalendars", summary = "Holiday calendars",
            description = "Every year known, with the version in force and any waiting for approval.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = com.servicedesk.calendar.CalendarVersionView.class)))
    @GET
    @Path("holiday-calendars")
    public Response holidayCalendars() {
        return tagged(calendars.versions());
    }

    @Operation(operationId = "getHolidayCalendar", summary = "A year's holiday calendar",
            description = "A year's holiday arrangement in force: holidays and adjusted working days.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(implementation = com.servicedesk.calendar.CalendarVersionView.class)))
    @GET
    @Path("holiday-calendars/{year}")
    public Response holidayCalendar(@PathParam("year") int year) {
        return tagged(calendars.inForce(year)
                .orElseThrow(() -> new RecordNotFoundException("holiday calendar in force for", year)));
    }

    @Context
    private Request request;

    @Operation(operationId = "getComplaintCodes", summary = "The complaint coding standard",
            description = "The JR/T 0169 code trees in force: channels, business categories and causes.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReferenceResource.ComplaintCodes.class)))
    @GET
    @Path("complaint-codes")
    public Response complaintCodes() {
        return tagged(new ComplaintCodes(reference.complaintCodeTree(Dimension.A), reference.complaintCodeTree(Dimension.B),
                reference.complaintCodeTree(Dimension.C)));
    }

    @Operation(operationId = "listServiceCategories", summary = "Service categories",
            description = "The categories a service request can have.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = ReferenceResource.NamedCode.class)))
    @GET
    @Path("service-categories")
    public Response serviceCategories() {
        return tagged(reference.serviceCategories().stream().map(c -> new NamedCode(c.code(), c.nameZh(), c.nameEn())).toList());
    }

    @Operation(operationId = "listApplicationTypes", summary = "Application types",
            description = "The kinds of business application and their documents checklists.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = com.servicedesk.application.ApplicationTypeView.class)))
    @GET
    @Path("application-types")
    public Response applicationTypes() {
        return tagged(applications.types());
    }

    @Operation(operationId = "listChannels", summary = "Intake channels",
            description = "The channels on which requests and complaints are taken, with their JR/T 0169 channel code.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = ReferenceResource.Channel.class)))
    @GET
    @Path("channels")
    public Response channels() {
        return tagged(reference.intakeChannels().stream()
                .map(c -> new Channel(c.code(), c.nameZh(), c.nameEn(), c.channelCode(), c.forService()))
                .toList());
    }

    @Operation(operationId = "listBranches", summary = "Branches taking work",
            description = "The branches that take new work; a closed branch keeps its cases but takes none.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = ReferenceResource.BranchCode.class)))
    @GET
    @Path("branches")
    public Response branches() {
        return tagged(organisation.openBranches().stream()
                .map(b -> new BranchCode(b.code(), b.nameZh(), b.nameEn(), b.regionCode(), b.divisionCode())).toList());
    }

    @Operation(operationId = "listRegions", summary = "Regions",
            description = "The bank's regions.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = ReferenceResource.NamedCode.class)))
    @GET
    @Path("regions")
    public Response regions() {
        return tagged(organisation.regions().stream().map(r -> new NamedCode(r.code(), r.nameZh(), r.nameEn())).toList());
    }

    @Operation(operationId = "listDeadlinePolicies", summary = "Deadline policies in force",
            description = "Each deadline regime's revision in force today, with its day counts and who may extend.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = DeadlinePolicyAdministration.PolicyView.class)))
    @GET
    @Path("deadline-policies")
    public Response deadlinePolicies() {
        return tagged(deadlinePolicies.inForce());
    }

    @Operation(operationId = "listServiceStandards", summary = "Service standards in force",
            description = "The service standards in force: the time allowed per category and channel.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = ServiceStandardAdministration.StandardView.class)))
    @GET
    @Path("service-standards")
    public Response serviceStandards() {
        return tagged(serviceStandards.inForce());
    }

    @Operation(operationId = "listFollowUpPolicies", summary = "Follow-up policies in force",
            description = "When a return visit is due after which event.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = FollowUpPolicyAdministration.PolicyView.class)))
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
