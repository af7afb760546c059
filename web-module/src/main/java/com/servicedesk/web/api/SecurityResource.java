package com.servicedesk.web.api;

import com.servicedesk.security.AuditFinding;
import com.servicedesk.security.PolicyView;
import com.servicedesk.security.SecurityAuditPlan;
import com.servicedesk.security.SecurityAuditReportData;
import com.servicedesk.security.SecurityAuditReports;
import com.servicedesk.security.SecurityAuditService;
import com.servicedesk.security.SecurityPolicyService;
import com.servicedesk.security.TrainingCompletion;
import com.servicedesk.security.TrainingService;
import com.servicedesk.shared.InvalidInputException;
import com.servicedesk.shared.ListQuery;
import com.servicedesk.shared.Role;
import com.servicedesk.shared.TimeSource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Information security registers: policies and acknowledgements, training, audits and findings. */
@Tag(name = "security")
@Path("security")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
public class SecurityResource {

    /** A new policy version. */
    public record NewPolicy(@NotBlank @Size(max = 32) String code, @NotBlank @Size(max = 200) String title,
                            @NotBlank @Size(max = 200) String titleEn, @NotBlank @Size(max = 8000) String body,
                            @NotNull LocalDate effectiveFrom) {
    }

    /** A training session to hold. */
    public record NewSession(@NotBlank @Size(max = 32) String course, @NotNull LocalDate heldOn,
                             @NotBlank @Size(max = 100) String trainer, @NotBlank @Size(max = 100) String location) {
    }

    /** A score in a session. */
    /** Whether the attendee passed the session's test. */
    public record Attended(boolean passed) {
    }

    public record Attendance(@NotBlank @Size(max = 64) String username, @NotNull @Min(0) @Max(100) Integer score) {
    }

    /** A planned audit. */
    public record NewAudit(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 2000) String scope,
                           LocalDate plannedOn) {
    }

    /** A finding of an audit. */
    public record NewFinding(@NotBlank @Size(max = 300) String title, @NotNull AuditFinding.Severity severity,
                             @NotBlank @Size(max = 64) String owner, @NotNull LocalDate dueOn) {
    }

    /** What was done about a finding. */
    public record Remediation(@NotBlank @Size(max = 2000) String remediation) {
    }

    /** A finding as listed. */
    public record FindingView(long id, long auditId, String title, AuditFinding.Severity severity, String owner,
                              LocalDate dueOn, AuditFinding.Status status, String remediation, String verifiedBy) {
        static FindingView of(AuditFinding f) {
            return new FindingView(f.id(), f.auditId(), f.title(), f.severity(), f.owner(), f.dueOn(), f.status(),
                    f.remediation(), f.verifiedBy());
        }
    }

    /** An audit as listed. */
    public record AuditView(long id, String title, String scope, LocalDate plannedOn, String lead,
                            SecurityAuditPlan.Status status, LocalDate completedOn) {
        static AuditView of(SecurityAuditPlan a) {
            return new AuditView(a.id(), a.title(), a.scope(), a.plannedOn(), a.lead(), a.status(), a.completedOn());
        }
    }

    @EJB
    private SecurityPolicyService policies;

    @EJB
    private TrainingService training;

    @EJB
    private SecurityAuditService audits;

    @EJB
    private SecurityAuditReports reports;

    @Inject
    private TimeSource time;

    @Operation(operationId = "listSecurityPolicies", summary = "List security policies",
            description = "The information-security policies in force and the caller's acknowledgement.")
    @GET
    @Path("policies")
    public List<PolicyView> policies() {
        return policies.current();
    }

    @Operation(operationId = "publishSecurityPolicy", summary = "Publish a security policy",
            description = "Publishes a policy every staff member must acknowledge.")
    @APIResponse(responseCode = "201", description = "Created; its URI is in Location", headers = @Header(name = "Location", ref = "#/components/headers/Location"), content = @Content(mediaType = "application/json", schema = @Schema(implementation = PolicyView.class)))
    @POST
    @Path("policies")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response publish(@Valid @NotNull NewPolicy body) {
        return Response.status(Response.Status.CREATED)
                .entity(policies.publish(body.code(), body.title(), body.titleEn(), body.body(), body.effectiveFrom()))
                .build();
    }

    @Operation(operationId = "acknowledgeSecurityPolicy", summary = "Acknowledge a policy",
            description = "Records that the caller has read and accepts the policy.")
    @APIResponse(responseCode = "204", description = "Done, nothing to return")
    @POST
    @Path("policies/{id:[0-9]{1,18}}/acknowledgements")
    public Response acknowledge(@PathParam("id") long id) {
        policies.acknowledge(id);
        return Response.noContent().build();
    }

    @Operation(operationId = "listPolicyPending", summary = "Who has not acknowledged",
            description = "The staff members who have not acknowledged the policy yet.")
    @GET
    @Path("policies/{id:[0-9]{1,18}}/pending")
    @RolesAllowed({Role.ADMIN_NAME, Role.AUDITOR_NAME, Role.MANAGER_NAME, Role.SUPERVISOR_NAME})
    public List<String> pending(@PathParam("id") long id) {
        return policies.pending(id);
    }

    @Operation(operationId = "listTrainingSessions", summary = "List training sessions",
            description = "Information-security training sessions, held and planned.")
    @GET
    @Path("training/sessions")
    public List<TrainingService.SessionView> sessions() {
        return training.sessions();
    }

    @Operation(operationId = "scheduleTrainingSession", summary = "Schedule a training session",
            description = "Schedules a training session of a course.")
    @APIResponse(responseCode = "201", description = "Created; its URI is in Location", headers = @Header(name = "Location", ref = "#/components/headers/Location"), content = @Content(mediaType = "application/json", schema = @Schema(implementation = TrainingService.SessionView.class)))
    @POST
    @Path("training/sessions")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response schedule(@Valid @NotNull NewSession body) {
        return Response.status(Response.Status.CREATED)
                .entity(training.schedule(body.course(), body.heldOn(), body.trainer(), body.location())).build();
    }

    @Operation(operationId = "recordTrainingAttendance", summary = "Record attendance",
            description = "Records a staff member's attendance and test score; the answer says whether they passed.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(implementation = Attended.class)))
    @POST
    @Path("training/sessions/{id:[0-9]{1,18}}/attendance")
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    public Response attend(@PathParam("id") long id, @Valid @NotNull Attendance body) {
        boolean passed = training.recordAttendance(id, body.username(), body.score());
        return Response.ok(new Attended(passed)).build();
    }

    @Operation(operationId = "getTrainingCompletion", summary = "Training completion",
            description = "Who has completed the required training, per branch.")
    @GET
    @Path("training/completion")
    @RolesAllowed({Role.ADMIN_NAME, Role.AUDITOR_NAME, Role.MANAGER_NAME, Role.SUPERVISOR_NAME})
    public List<TrainingCompletion> completion(@QueryParam("asOf") String asOf) {
        LocalDate day = ListQuery.date("asOf", asOf);
        return training.completionByBranch(day == null ? time.today() : day);
    }

    @Operation(operationId = "listSecurityAudits", summary = "List security audits",
            description = "Information-security audits, planned and done.")
    @GET
    @Path("audits")
    @RolesAllowed({Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public List<AuditView> audits() {
        return audits.audits().stream().map(AuditView::of).toList();
    }

    @Operation(operationId = "planSecurityAudit", summary = "Plan a security audit",
            description = "Plans an information-security audit with its scope.")
    @APIResponse(responseCode = "201", description = "Created; its URI is in Location", headers = @Header(name = "Location", ref = "#/components/headers/Location"), content = @Content(mediaType = "application/json", schema = @Schema(implementation = SecurityResource.AuditView.class)))
    @POST
    @Path("audits")
    @RolesAllowed(Role.AUDITOR_NAME)
    public Response plan(@Valid @NotNull NewAudit body) {
        return Response.status(Response.Status.CREATED)
                .entity(AuditView.of(audits.plan(body.title(), body.scope(), body.plannedOn()))).build();
    }

    @Operation(operationId = "advanceSecurityAudit", summary = "Move an audit on",
            description = "Moves an audit to its next stage.")
    @POST
    @Path("audits/{id:[0-9]{1,18}}/advance")
    @RolesAllowed(Role.AUDITOR_NAME)
    public AuditView advance(@PathParam("id") long id) {
        return AuditView.of(audits.advance(id));
    }

    @Operation(operationId = "raiseSecurityFinding", summary = "Raise a finding",
            description = "Raises a finding of an audit, with severity, owner and due date.")
    @APIResponse(responseCode = "201", description = "Created; its URI is in Location", headers = @Header(name = "Location", ref = "#/components/headers/Location"), content = @Content(mediaType = "application/json", schema = @Schema(implementation = SecurityResource.FindingView.class)))
    @POST
    @Path("audits/{id:[0-9]{1,18}}/findings")
    @RolesAllowed(Role.AUDITOR_NAME)
    public Response raise(@PathParam("id") long id, @Valid @NotNull NewFinding body) {
        return Response.status(Response.Status.CREATED).entity(FindingView.of(
                audits.addFinding(id, body.title(), body.severity(), body.owner(), body.dueOn()))).build();
    }

    @Operation(operationId = "listSecurityFindings", summary = "List findings",
            description = "The audits' findings and their remediation.")
    @GET
    @Path("findings")
    @RolesAllowed({Role.AUDITOR_NAME, Role.ADMIN_NAME, Role.MANAGER_NAME, Role.SUPERVISOR_NAME, Role.AGENT_NAME})
    public List<FindingView> findings(@QueryParam("open") String open) {
        return audits.findings(Boolean.TRUE.equals(ListQuery.bool("open", open))).stream().map(FindingView::of).toList();
    }

    @Operation(operationId = "remediateSecurityFinding", summary = "Record the remediation",
            description = "The owner records how the finding was remedied.")
    @POST
    @Path("findings/{id:[0-9]{1,18}}/remediation")
    @RolesAllowed({Role.AUDITOR_NAME, Role.ADMIN_NAME, Role.MANAGER_NAME, Role.SUPERVISOR_NAME, Role.AGENT_NAME})
    public FindingView remediate(@PathParam("id") long id, @Valid @NotNull Remediation body) {
        return FindingView.of(audits.remediate(id, body.remediation()));
    }

    @Operation(operationId = "verifySecurityFinding", summary = "Verify the remediation",
            description = "Records the check of the remediation, which closes the finding.")
    @POST
    @Path("findings/{id:[0-9]{1,18}}/verification")
    @RolesAllowed(Role.AUDITOR_NAME)
    public FindingView verify(@PathParam("id") long id) {
        return FindingView.of(audits.verify(id));
    }

    @Operation(operationId = "getSecurityAuditReportData", summary = "The security audit report's data",
            description = "The data of the information-security audit report for a period (dates inclusive, default: this year).")
    @GET
    @Path("audit-report-data")
    @RolesAllowed(Role.AUDITOR_NAME)
    public SecurityAuditReportData reportData(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate start = ListQuery.date("from", from);
        LocalDate end = ListQuery.date("to", to);
        LocalDate today = time.today();
        start = start == null ? today.withDayOfYear(1) : start;
        end = end == null ? today : end;
        if (end.isBefore(start)) {
            throw new InvalidInputException("to", "must not be before from");
        }
        Instant a = start.atStartOfDay(TimeSource.BANK_ZONE).toInstant();
        Instant b = end.plusDays(1).atStartOfDay(TimeSource.BANK_ZONE).toInstant();
        return reports.collect(a, b);
    }
}
