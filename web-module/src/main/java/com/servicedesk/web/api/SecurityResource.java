package com.servicedesk.web.api;

import com.servicedesk.security.AuditFinding;
import com.servicedesk.security.PolicyView;
import com.servicedesk.shared.Role;
import com.servicedesk.security.SecurityAuditPlan;
import com.servicedesk.security.SecurityAuditReportData;
import com.servicedesk.security.SecurityAuditReports;
import com.servicedesk.security.SecurityAuditService;
import com.servicedesk.security.SecurityPolicyService;
import com.servicedesk.security.TrainingCompletion;
import com.servicedesk.security.TrainingService;
import com.servicedesk.shared.InvalidInputException;
import com.servicedesk.shared.JsonSupport;
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

/** Information security registers: policies and acknowledgements, training, audits and findings. */
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

    @GET
    @Path("policies")
    public List<PolicyView> policies() {
        return policies.current();
    }

    @POST
    @Path("policies")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response publish(@Valid @NotNull NewPolicy body) {
        return Response.status(Response.Status.CREATED)
                .entity(policies.publish(body.code(), body.title(), body.titleEn(), body.body(), body.effectiveFrom()))
                .build();
    }

    @POST
    @Path("policies/{id:[0-9]{1,18}}/acknowledgements")
    public Response acknowledge(@PathParam("id") long id) {
        policies.acknowledge(id);
        return Response.noContent().build();
    }

    @GET
    @Path("policies/{id:[0-9]{1,18}}/pending")
    @RolesAllowed({Role.ADMIN_NAME, Role.AUDITOR_NAME, Role.MANAGER_NAME, Role.SUPERVISOR_NAME})
    public List<String> pending(@PathParam("id") long id) {
        return policies.pending(id);
    }

    @GET
    @Path("training/sessions")
    public List<TrainingService.SessionView> sessions() {
        return training.sessions();
    }

    @POST
    @Path("training/sessions")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response schedule(@Valid @NotNull NewSession body) {
        return Response.status(Response.Status.CREATED)
                .entity(training.schedule(body.course(), body.heldOn(), body.trainer(), body.location())).build();
    }

    @POST
    @Path("training/sessions/{id:[0-9]{1,18}}/attendance")
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    public Response attend(@PathParam("id") long id, @Valid @NotNull Attendance body) {
        boolean passed = training.recordAttendance(id, body.username(), body.score());
        return Response.ok(JsonSupport.JSON.createObjectBuilder().add("passed", passed).build()).build();
    }

    @GET
    @Path("training/completion")
    @RolesAllowed({Role.ADMIN_NAME, Role.AUDITOR_NAME, Role.MANAGER_NAME, Role.SUPERVISOR_NAME})
    public List<TrainingCompletion> completion(@QueryParam("asOf") String asOf) {
        LocalDate day = QueryParams.date("asOf", asOf);
        return training.completionByBranch(day == null ? time.today() : day);
    }

    @GET
    @Path("audits")
    @RolesAllowed({Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public List<AuditView> audits() {
        return audits.audits().stream().map(AuditView::of).toList();
    }

    @POST
    @Path("audits")
    @RolesAllowed(Role.AUDITOR_NAME)
    public Response plan(@Valid @NotNull NewAudit body) {
        return Response.status(Response.Status.CREATED)
                .entity(AuditView.of(audits.plan(body.title(), body.scope(), body.plannedOn()))).build();
    }

    @POST
    @Path("audits/{id:[0-9]{1,18}}/advance")
    @RolesAllowed(Role.AUDITOR_NAME)
    public AuditView advance(@PathParam("id") long id) {
        return AuditView.of(audits.advance(id));
    }

    @POST
    @Path("audits/{id:[0-9]{1,18}}/findings")
    @RolesAllowed(Role.AUDITOR_NAME)
    public Response raise(@PathParam("id") long id, @Valid @NotNull NewFinding body) {
        return Response.status(Response.Status.CREATED).entity(FindingView.of(
                audits.addFinding(id, body.title(), body.severity(), body.owner(), body.dueOn()))).build();
    }

    @GET
    @Path("findings")
    @RolesAllowed({Role.AUDITOR_NAME, Role.ADMIN_NAME, Role.MANAGER_NAME, Role.SUPERVISOR_NAME, Role.AGENT_NAME})
    public List<FindingView> findings(@QueryParam("open") String open) {
        return audits.findings(Boolean.TRUE.equals(QueryParams.bool("open", open))).stream().map(FindingView::of).toList();
    }

    @POST
    @Path("findings/{id:[0-9]{1,18}}/remediation")
    @RolesAllowed({Role.AUDITOR_NAME, Role.ADMIN_NAME, Role.MANAGER_NAME, Role.SUPERVISOR_NAME, Role.AGENT_NAME})
    public FindingView remediate(@PathParam("id") long id, @Valid @NotNull Remediation body) {
        return FindingView.of(audits.remediate(id, body.remediation()));
    }

    @POST
    @Path("findings/{id:[0-9]{1,18}}/verification")
    @RolesAllowed(Role.AUDITOR_NAME)
    public FindingView verify(@PathParam("id") long id) {
        return FindingView.of(audits.verify(id));
    }

    /** The data of the information security audit report for a period (dates inclusive, default: this year). */
    @GET
    @Path("audit-report-data")
    @RolesAllowed(Role.AUDITOR_NAME)
    public SecurityAuditReportData reportData(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate start = QueryParams.date("from", from);
        LocalDate end = QueryParams.date("to", to);
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
