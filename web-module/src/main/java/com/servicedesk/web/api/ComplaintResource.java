package com.servicedesk.web.api;

import com.servicedesk.attachment.CaseKind;
import com.servicedesk.audit.HistoryEntry;
import com.servicedesk.complaint.ComplaintCounts;
import com.servicedesk.complaint.ComplaintFilter;
import com.servicedesk.complaint.ComplaintService;
import com.servicedesk.complaint.ComplaintSummary;
import com.servicedesk.complaint.ComplaintView;
import com.servicedesk.complaint.NewComplaint;
import com.servicedesk.notification.Correspondence;
import com.servicedesk.notification.LetterView;
import com.servicedesk.notification.NotificationView;
import com.servicedesk.reporting.ArchiveView;
import com.servicedesk.reporting.ReportFormat;
import com.servicedesk.reporting.ReportRequest;
import com.servicedesk.reporting.ReportService;
import com.servicedesk.reporting.ReportType;
import com.servicedesk.shared.ListQuery;
import com.servicedesk.shared.Page;
import com.servicedesk.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The regulated complaint lifecycle over HTTP, exactly as API.md fixes it. */
@Tag(name = "complaints")
@Path("complaints")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.AUDITOR_NAME})
public class ComplaintResource {

    @EJB
    private ComplaintService complaints;

    @EJB
    private ReportService reports;

    @Inject
    private Idempotency idempotency;

    @Inject
    private CaseAttachments attachments;

    @Inject
    private CaseNotesResource notes;

    @Context
    private UriInfo uri;

    @Context
    private SecurityContext security;

    @RequestBody(required = true, content = @Content(mediaType = "application/json", examples = {
                    @ExampleObject(name = "annual-fee", summary = "A card fee taken twice, by phone", value = "{\"customerId\":1001,\"channel\":\"PHONE\",\"businessCategory\":\"B0302\",\"cause\":\"C1101\",\"description\":\"信用卡年费被重复扣收，要求退还。\"}")}))
    @Operation(operationId = "registerComplaint", summary = "Register a complaint",
            description = "Registers a complaint on any channel; the legal deadline starts now (working days from the holiday calendar). A repeated Idempotency-Key answers the first answer.")
    @APIResponse(responseCode = "201", description = "Created; its URI is in Location", headers = @Header(name = "Location", ref = "#/components/headers/Location"), content = @Content(mediaType = "application/json", schema = @Schema(implementation = ComplaintView.class)))
    @POST
    @RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME})
    public Response register(@HeaderParam("Idempotency-Key") String key, @Valid @NotNull NewComplaint body) {
        return idempotency.create(key, security.getUserPrincipal().getName(), uri.getPath(), body, () -> {
            ComplaintView view = complaints.register(body);
            return new Idempotency.Created(uri.getAbsolutePathBuilder().path(Long.toString(view.id())).build(),
                    view, view.version());
        });
    }

    @Operation(operationId = "listComplaints", summary = "List complaints",
            description = "Complaints in the caller's scope, filtered by status, deadline, branch, period, assignee, reference, customer or channel, one page at a time.")
    @GET
    public Page<ComplaintSummary> list(@QueryParam("status") String status, @QueryParam("overdue") String overdue,
                                       @QueryParam("branch") String branch, @QueryParam("from") String from,
                                       @QueryParam("to") String to, @QueryParam("assignee") String assignee,
                                       @QueryParam("reference") String reference,
                                       @QueryParam("customerId") String customerId, @QueryParam("channel") String channel,
                                       @QueryParam("sort") String sort,
                                       @QueryParam("page") String page, @QueryParam("size") String size) {
        ComplaintFilter filter = ComplaintFilter.parse(ListQuery.of("status", status, "overdue", overdue, "branch", branch,
                "from", from, "to", to, "assignee", assignee, "reference", reference, "customerId", customerId,
                "channel", channel, "sort", sort));
        return complaints.list(filter, Paging.of(page, size));
    }

    /** The body naming one of the complaint's evidence files. */
    public record FileReference(@NotNull @jakarta.validation.constraints.Positive Long attachmentId) {
    }

    @Operation(operationId = "fileRepresentativeAuthorisation", summary = "File the representative's authorisation",
            description = "Names the complaint's evidence file that holds the representative's written authorisation (or proof of heirship or guardianship).")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ComplaintView.class)))
    @PUT
    @Path("{id:[0-9]{1,18}}/representative/authorisation")
    @RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME})
    public Response authorisation(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                                  @Valid @NotNull FileReference body) {
        ComplaintView view = complaints.authorisationOnFile(id, Versions.expected(ifMatch), body.attachmentId());
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }

    @Operation(operationId = "getComplaintCounts", summary = "The dashboard's figures",
            description = "Own open cases, overdue, due soon, approvals waiting, failed letters and regulator transfers waiting, in the caller's branches.")
    @GET
    @Path("counts")
    public ComplaintCounts counts() {
        return complaints.counts();
    }

    @Operation(operationId = "getComplaintApprovals", summary = "Decisions waiting",
            description = "Proposals (extensions, pauses, decisions) and reviews waiting for a supervisor's decision, most urgent first.")
    @GET
    @Path("approvals")
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME})
    public Page<ComplaintSummary> approvals(@QueryParam("page") String page, @QueryParam("size") String size) {
        return complaints.approvalsQueue(Paging.of(page, size));
    }

    @Operation(operationId = "getComplaint", summary = "Read a complaint",
            description = "One complaint with its classification, deadline, decision, letters, particulars and the actions allowed now; the version is the ETag.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ComplaintView.class)))
    @GET
    @Path("{id:[0-9]{1,18}}")
    public Response get(@PathParam("id") long id) {
        ComplaintView view = complaints.get(id);
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }

    @Operation(operationId = "getComplaintRecord", summary = "The case record",
            description = "The case record (单笔投诉处理记录) as PDF/A, generated now and archived with its digest.")
    @APIResponse(responseCode = "200", description = "OK", content = {@Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @GET
    @Path("{id:[0-9]{1,18}}/record.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response record(@PathParam("id") long id, @QueryParam("lang") String lang) {
        ArchiveView archived = reports.generate(ReportRequest.about(ReportType.COMPLAINT_RECORD, ReportFormat.PDF, id,
                reports.subjectLabel(ReportType.COMPLAINT_RECORD, id), ReportResource.locale(lang)));
        return ReportResource.send(reports.content(archived.id()));
    }

    @Operation(operationId = "getComplaintHistory", summary = "A complaint's history",
            description = "Every state change of the complaint from the audit trail, oldest first.")
    @GET
    @Path("{id:[0-9]{1,18}}/history")
    public List<HistoryEntry> history(@PathParam("id") long id) {
        return complaints.history(id);
    }

    @RequestBody(required = true, content = @Content(mediaType = "application/json", examples = {
                    @ExampleObject(name = "accept", summary = "Accept the complaint", value = "{\"action\":\"ACCEPT\"}"),
                    @ExampleObject(name = "propose", summary = "Propose the resolution and remedy", value = "{\"action\":\"PROPOSE_RESOLUTION\",\"resolution\":\"经核实重复扣收，全额退还。\",\"remedy\":{\"type\":\"REFUND\",\"amount\":{\"amount\":\"300.00\",\"currency\":\"CNY\"}},\"rootCause\":\"年费批扣任务重复执行\"}"),
                    @ExampleObject(name = "respond", summary = "Respond to the customer by phone", value = "{\"action\":\"RESPOND\",\"channel\":\"PHONE\"}"),
                    @ExampleObject(name = "close", summary = "Close with the customer's answer", value = "{\"action\":\"CLOSE\",\"customerResponse\":\"ACCEPTED\"}")}))
    @Operation(operationId = "transitionComplaint", summary = "Move a complaint on",
            description = "Applies one lifecycle action (accept, assign, extend, pause, respond, close, reopen, withdraw, merge, ...) with its fields; a refused action is 409 with the allowed actions.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ComplaintView.class)))
    @POST
    @Path("{id:[0-9]{1,18}}/transitions")
    @RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME})
    public Response transition(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                               @Valid @NotNull ComplaintTransitionRequest body) {
        ComplaintView view = complaints.transition(id, Versions.expected(ifMatch), body.toCommand());
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }

    @Operation(operationId = "listComplaintLetters", summary = "The letters issued",
            description = "The letters issued to the customer for this complaint (and any merged into it), with number and digest.")
    @GET
    @Path("{id:[0-9]{1,18}}/letters")
    public Map<String, List<LetterView>> letters(@PathParam("id") long id) {
        return Map.of("items", complaints.letters(id));
    }

    @Operation(operationId = "getComplaintLetter", summary = "A letter as issued",
            description = "A letter as issued, PDF/A; its digest is checked before it is served.")
    @APIResponse(responseCode = "200", description = "OK", content = {@Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @GET
    @Path("{id:[0-9]{1,18}}/letters/{letterId:[0-9]{1,18}}/content")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response letter(@PathParam("id") long id, @PathParam("letterId") long letterId) {
        Correspondence.LetterContent content = complaints.letter(id, letterId);
        return Response.ok(content.pdf(), "application/pdf")
                .header("Content-Disposition", ReportResource.disposition(content.fileName()))
                .header("X-Letter-Number", content.letter().number())
                .header("X-Content-SHA256", content.letter().sha256())
                .build();
    }

    @Operation(operationId = "listComplaintNotifications", summary = "The notifications' delivery",
            description = "The notifications to the customer and how their delivery went: channel, attempts, the last error.")
    @GET
    @Path("{id:[0-9]{1,18}}/notifications")
    public Map<String, List<NotificationView>> notifications(@PathParam("id") long id) {
        return Map.of("items", complaints.notifications(id));
    }

    @Operation(operationId = "markNotificationPosted", summary = "A letter was posted",
            description = "Records that the branch posted a letter meant for the post; any other notification is 409.")
    @POST
    @Path("{id:[0-9]{1,18}}/notifications/{notificationId:[0-9]{1,18}}/posted")
    @RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME})
    public NotificationView posted(@PathParam("id") long id, @PathParam("notificationId") long notificationId) {
        return complaints.recordPosted(id, notificationId);
    }

    /** The case's evidence files ({@code 404} outside the caller's branches). */
    @Path("{id:[0-9]{1,18}}/attachments")
    public CaseAttachments attachments(@PathParam("id") long id) {
        return attachments.of(CaseKind.COMPLAINT, id, uri.getAbsolutePathBuilder(), complaints.readableFrom(id));
    }

    /** The case's notes ({@code 404} outside the caller's branches). */
    @Path("{id:[0-9]{1,18}}/notes")
    public CaseNotesResource notes(@PathParam("id") long id) {
        return notes.of(CaseKind.COMPLAINT, id, uri.getAbsolutePathBuilder());
    }
}
