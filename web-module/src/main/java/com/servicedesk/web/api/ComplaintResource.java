package com.servicedesk.web.api;

import com.servicedesk.attachment.CaseKind;
import com.servicedesk.audit.HistoryEntry;
import com.servicedesk.complaint.ComplaintCounts;
import com.servicedesk.complaint.ComplaintFilter;
import com.servicedesk.complaint.ComplaintService;
import com.servicedesk.reporting.ArchiveView;
import com.servicedesk.reporting.ReportFormat;
import com.servicedesk.reporting.ReportRequest;
import com.servicedesk.reporting.ReportService;
import com.servicedesk.reporting.ReportType;
import com.servicedesk.complaint.ComplaintStatus;
import com.servicedesk.complaint.ComplaintSummary;
import com.servicedesk.complaint.ComplaintView;
import com.servicedesk.complaint.NewComplaint;
import com.servicedesk.notification.Correspondence;
import com.servicedesk.notification.LetterView;
import com.servicedesk.notification.NotificationView;
import com.servicedesk.shared.Role;
import com.servicedesk.shared.Page;
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

/** The regulated complaint lifecycle over HTTP, exactly as API.md fixes it. */
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

    @Context
    private UriInfo uri;

    @Context
    private SecurityContext security;

    @POST
    @RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME})
    public Response register(@HeaderParam("Idempotency-Key") String key, @Valid @NotNull NewComplaint body) {
        return idempotency.create(key, security.getUserPrincipal().getName(), uri.getPath(), body, () -> {
            ComplaintView view = complaints.register(body);
            return new Idempotency.Created(uri.getAbsolutePathBuilder().path(Long.toString(view.id())).build(),
                    view, view.version());
        });
    }

    @GET
    public Page<ComplaintSummary> list(@QueryParam("status") String status, @QueryParam("overdue") String overdue,
                                       @QueryParam("branch") String branch, @QueryParam("from") String from,
                                       @QueryParam("to") String to, @QueryParam("assignee") String assignee,
                                       @QueryParam("reference") String reference,
                                       @QueryParam("customerId") String customerId, @QueryParam("channel") String channel,
                                       @QueryParam("sort") String sort,
                                       @QueryParam("page") String page, @QueryParam("size") String size) {
        QueryParams.Sort order = QueryParams.Sort.parse(sort);
        ComplaintFilter filter = new ComplaintFilter(QueryParams.enums("status", status, ComplaintStatus.class),
                QueryParams.bool("overdue", overdue), QueryParams.text(branch), QueryParams.date("from", from),
                QueryParams.date("to", to), QueryParams.text(assignee), QueryParams.text(reference),
                QueryParams.number("customerId", customerId), QueryParams.text(channel), order.field(), order.ascending());
        return complaints.list(filter, Paging.of(page, size));
    }

    /** The body naming one of the complaint's evidence files. */
    public record FileReference(@NotNull @jakarta.validation.constraints.Positive Long attachmentId) {
    }

    /** The representative's written authorisation (or proof of heirship or guardianship) is one of the complaint's files. */
    @PUT
    @Path("{id:[0-9]{1,18}}/representative/authorisation")
    @RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME})
    public Response authorisation(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                                  @Valid @NotNull FileReference body) {
        ComplaintView view = complaints.authorisationOnFile(id, Versions.expected(ifMatch), body.attachmentId());
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }

    /** The dashboard's figures in the caller's branches: own open cases, overdue, due soon, approvals, failed letters, regulator transfers waiting. */
    @GET
    @Path("counts")
    public ComplaintCounts counts() {
        return complaints.counts();
    }

    /** Proposals and reviews waiting for a supervisor's decision, most urgent first. */
    @GET
    @Path("approvals")
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME})
    public Page<ComplaintSummary> approvals(@QueryParam("page") String page, @QueryParam("size") String size) {
        return complaints.approvalsQueue(Paging.of(page, size));
    }

    @GET
    @Path("{id:[0-9]{1,18}}")
    public Response get(@PathParam("id") long id) {
        ComplaintView view = complaints.get(id);
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }

    /** The case record (单笔投诉处理记录) as PDF/A, generated now and archived. */
    @GET
    @Path("{id:[0-9]{1,18}}/record.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response record(@PathParam("id") long id, @QueryParam("lang") String lang) {
        ArchiveView archived = reports.generate(ReportRequest.about(ReportType.COMPLAINT_RECORD, ReportFormat.PDF, id,
                reports.subjectLabel(ReportType.COMPLAINT_RECORD, id), ReportResource.locale(lang)));
        return ReportResource.send(reports.content(archived.id()));
    }

    @GET
    @Path("{id:[0-9]{1,18}}/history")
    public List<HistoryEntry> history(@PathParam("id") long id) {
        return complaints.history(id);
    }

    @POST
    @Path("{id:[0-9]{1,18}}/transitions")
    @RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME})
    public Response transition(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                               @Valid @NotNull ComplaintTransitionRequest body) {
        ComplaintView view = complaints.transition(id, Versions.expected(ifMatch), body.toCommand());
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }

    /** The letters issued to the customer: {@code {"items": [...]}}. */
    @GET
    @Path("{id:[0-9]{1,18}}/letters")
    public Map<String, List<LetterView>> letters(@PathParam("id") long id) {
        return Map.of("items", complaints.letters(id));
    }

    /** A letter as issued, PDF/A; its digest checked before it is served. */
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

    /** The notifications to the customer and how their delivery went: {@code {"items": [...]}}. */
    @GET
    @Path("{id:[0-9]{1,18}}/notifications")
    public Map<String, List<NotificationView>> notifications(@PathParam("id") long id) {
        return Map.of("items", complaints.notifications(id));
    }

    /** A letter for the post was posted by the branch ({@code 409} for any other notification). */
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
}
