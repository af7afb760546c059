package com.servicedesk.web.api;

import com.servicedesk.assessment.AssessmentReportData;
import com.servicedesk.assessment.AssessmentService;
import com.servicedesk.assessment.KpiRecord;
import com.servicedesk.assessment.PeriodKind;
import com.servicedesk.assessment.PeriodView;
import com.servicedesk.assessment.ResultView;
import com.servicedesk.assessment.SubjectType;
import com.servicedesk.platform.Job;
import com.servicedesk.shared.ListQuery;
import com.servicedesk.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Assessment periods over HTTP: open one, compute it in the background (202 and a job to poll),
 * read results by branch and by staff down to the records behind a KPI, review and approve.
 */
@Tag(name = "assessment")
@Path("assessment-periods")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.AUDITOR_NAME})
public class AssessmentResource {

    /** A month ({@code 2026-10}) or a quarter ({@code 2026-Q3}). */
    public record NewPeriod(@NotNull PeriodKind kind, @NotNull @Size(max = 16) String label) {
    }

    /** A manager's comment, with a review or an approval. */
    public record Comment(@Size(max = 2000) String comment) {
    }

    @EJB
    private AssessmentService assessments;

    @Context
    private UriInfo uri;

    @Operation(operationId = "listAssessmentPeriods", summary = "List assessment periods",
            description = "The assessment periods (months, quarters, years) and their state.")
    @GET
    public List<PeriodView> list() {
        return assessments.periods();
    }

    @Operation(operationId = "createAssessmentPeriod", summary = "Open an assessment period",
            description = "Opens an assessment period of a kind and label, e.g. QUARTER 2026-Q4.")
    @APIResponse(responseCode = "201", description = "Created; its URI is in Location", headers = @Header(name = "Location", ref = "#/components/headers/Location"), content = @Content(mediaType = "application/json", schema = @Schema(implementation = PeriodView.class)))
    @POST
    @RolesAllowed(Role.MANAGER_NAME)
    public Response create(@Valid @NotNull NewPeriod body) {
        PeriodView view = assessments.createPeriod(body.kind(), body.label());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(view.id())).build()).entity(view)
                .tag(Versions.etag(view.version())).build();
    }

    @Operation(operationId = "getAssessmentPeriod", summary = "Read an assessment period",
            description = "One assessment period with its state; the version is the ETag.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(implementation = PeriodView.class)))
    @GET
    @Path("{id:[0-9]{1,18}}")
    public Response get(@PathParam("id") long id) {
        PeriodView view = assessments.period(id);
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }

    @Operation(operationId = "computeAssessment", summary = "Compute the results",
            description = "Starts computing the period's results for every staff member and branch; follow the job at its Location.")
    @APIResponse(responseCode = "202", description = "Accepted; the job is at Location", headers = @Header(name = "Location", ref = "#/components/headers/Location"), content = @Content(mediaType = "application/json", schema = @Schema(implementation = Job.class)))
    @POST
    @Path("{id:[0-9]{1,18}}/compute")
    @RolesAllowed(Role.MANAGER_NAME)
    public Response compute(@PathParam("id") long id) {
        Job job = assessments.compute(id);
        return Response.accepted(job).location(uri.getAbsolutePathBuilder().path(job.id()).build()).build();
    }

    @Operation(operationId = "getLatestAssessmentComputation", summary = "The latest computation",
            description = "The period's latest computation job and its progress.")
    @GET
    @Path("{id:[0-9]{1,18}}/compute")
    public Job latestComputation(@PathParam("id") long id) {
        return assessments.computeJob(id, null);
    }

    @Operation(operationId = "getAssessmentComputation", summary = "A computation",
            description = "One computation job of the period and its progress.")
    @GET
    @Path("{id:[0-9]{1,18}}/compute/{job}")
    public Job computation(@PathParam("id") long id, @PathParam("job") String job) {
        return assessments.computeJob(id, job);
    }

    @Operation(operationId = "listAssessmentResults", summary = "The period's results",
            description = "Every staff member's and branch's score and grade in the period, within the caller's scope.")
    @GET
    @Path("{id:[0-9]{1,18}}/results")
    public List<ResultView> results(@PathParam("id") long id, @QueryParam("type") String type,
                                    @QueryParam("branch") String branch) {
        return assessments.results(id, ListQuery.one("type", type, SubjectType.class), ListQuery.text(branch));
    }

    @Operation(operationId = "getAssessmentResult", summary = "One result",
            description = "One subject's result with its KPIs.")
    @GET
    @Path("{id:[0-9]{1,18}}/results/{result:[0-9]{1,18}}")
    public ResultView result(@PathParam("id") long id, @PathParam("result") long result) {
        return assessments.result(id, result);
    }

    @Operation(operationId = "listKpiRecords", summary = "The records behind a KPI",
            description = "The cases that made one KPI of one result, so that a figure can be checked.")
    @GET
    @Path("{id:[0-9]{1,18}}/results/{result:[0-9]{1,18}}/kpis/{kpi}/records")
    public List<KpiRecord> records(@PathParam("id") long id, @PathParam("result") long result,
                                   @PathParam("kpi") String kpi) {
        return assessments.records(id, result, kpi);
    }

    @Operation(operationId = "reviewAssessmentPeriod", summary = "Review the results",
            description = "A supervisor's review of the computed results, with a comment.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(implementation = PeriodView.class)))
    @POST
    @Path("{id:[0-9]{1,18}}/review")
    @RolesAllowed(Role.MANAGER_NAME)
    public Response review(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull Comment body) {
        PeriodView view = assessments.review(id, Versions.expected(ifMatch), body.comment());
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }

    @Operation(operationId = "approveAssessmentPeriod", summary = "Approve the results",
            description = "Approves the reviewed results, which fixes them.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/json", schema = @Schema(implementation = PeriodView.class)))
    @POST
    @Path("{id:[0-9]{1,18}}/approve")
    @RolesAllowed(Role.MANAGER_NAME)
    public Response approve(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                            @Valid @NotNull Comment body) {
        PeriodView view = assessments.approve(id, Versions.expected(ifMatch), body.comment());
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }

    @Operation(operationId = "getAssessmentReportData", summary = "The assessment report's data",
            description = "The figures of the formal assessment report, as JSON.")
    @GET
    @Path("{id:[0-9]{1,18}}/report-data")
    @RolesAllowed({Role.MANAGER_NAME, Role.AUDITOR_NAME})
    public AssessmentReportData reportData(@PathParam("id") long id) {
        return assessments.reportData(id);
    }
}
