package com.servicedesk.web.api;

import com.servicedesk.platform.Job;
import com.servicedesk.reporting.ArchiveView;
import com.servicedesk.reporting.ComplaintExportService;
import com.servicedesk.reporting.Download;
import com.servicedesk.reporting.LedgerService;
import com.servicedesk.reporting.ReportFormat;
import com.servicedesk.reporting.ReportRequest;
import com.servicedesk.reporting.ReportService;
import com.servicedesk.reporting.ReportType;
import com.servicedesk.reports.ledger.LedgerReports.Ledger;
import com.servicedesk.shared.InvalidInputException;
import com.servicedesk.shared.ListQuery;
import com.servicedesk.shared.Page;
import com.servicedesk.shared.Role;
import com.servicedesk.shared.TimeSource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Reports over HTTP: each GET generates the report, archives it and streams it with a meaningful file
 * name, its report number and its SHA-256; long ones may run as background jobs; the archive lists and
 * serves what was generated.
 */
@Tag(name = "reports")
@Path("reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.AUDITOR_NAME})
public class ReportResource {

    /** The media type of a workbook. */
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A report to generate in the background. */
    public record JobRequest(@NotNull ReportType type, ReportFormat format, LocalDate from, LocalDate to, Long subjectId,
                             String lang) {
    }

    @EJB
    private ReportService reports;

    @EJB
    private LedgerService ledgers;

    @EJB
    private ComplaintExportService exports;

    @Inject
    private TimeSource time;

    @Context
    private UriInfo uri;

    @Operation(operationId = "getComplaintStatisticsReport", summary = "Complaint statistics report",
            description = "The regulator's complaint statistics for a period as PDF/A or a workbook, generated now and archived with its digest.")
    @APIResponse(responseCode = "200", description = "OK", content = {@Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")), @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @GET
    @Path("complaint-statistics")
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaType.APPLICATION_JSON})
    public Response complaintStatistics(@QueryParam("from") String from, @QueryParam("to") String to,
                                        @QueryParam("format") String format, @QueryParam("lang") String lang) {
        return file(reports.generate(ReportRequest.period(ReportType.COMPLAINT_STATISTICS, format(format),
                ListQuery.date("from", from), ListQuery.date("to", to), locale(lang))));
    }

    @Operation(operationId = "getAssessmentReport", summary = "Assessment report",
            description = "The formal assessment report of a period as PDF/A or a workbook, archived with its digest.")
    @APIResponse(responseCode = "200", description = "OK", content = {@Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")), @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @GET
    @Path("assessment/{periodId:[0-9]{1,18}}")
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaType.APPLICATION_JSON})
    public Response assessment(@PathParam("periodId") long periodId, @QueryParam("format") String format,
                               @QueryParam("lang") String lang) {
        return file(reports.generate(ReportRequest.about(ReportType.ASSESSMENT, format(format), periodId,
                reports.subjectLabel(ReportType.ASSESSMENT, periodId), locale(lang))));
    }

    @Operation(operationId = "getSecurityAuditReport", summary = "Security audit report",
            description = "The information-security audit report for a period as PDF/A, archived with its digest.")
    @APIResponse(responseCode = "200", description = "OK", content = {@Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @GET
    @Path("security-audit")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response securityAudit(@QueryParam("from") String from, @QueryParam("to") String to,
                                  @QueryParam("format") String format, @QueryParam("lang") String lang) {
        return file(reports.generate(ReportRequest.period(ReportType.SECURITY_AUDIT, format(format),
                ListQuery.date("from", from), ListQuery.date("to", to), locale(lang))));
    }

    @Operation(operationId = "getServiceQualityReport", summary = "Service quality report",
            description = "The service-quality report for a period as PDF/A, archived with its digest.")
    @APIResponse(responseCode = "200", description = "OK", content = {@Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @GET
    @Path("service-quality")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response serviceQuality(@QueryParam("from") String from, @QueryParam("to") String to,
                                   @QueryParam("lang") String lang) {
        return file(reports.generate(ReportRequest.period(ReportType.SERVICE_QUALITY, ReportFormat.PDF,
                ListQuery.date("from", from), ListQuery.date("to", to), locale(lang))));
    }

    /**
     * A ledger (complaints, service-requests, applications, return-visits), streamed as a workbook as it is read;
     * {@code format=pdf} gives a PDF of at most 10,000 rows.
     */
    @Operation(operationId = "getLedger", summary = "A ledger",
            description = "A ledger (complaints, service-requests, applications, return-visits) streamed as a workbook as it is read; format=pdf gives a PDF of at most 10,000 rows.")
    @APIResponse(responseCode = "200", description = "OK", content = {@Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", schema = @Schema(type = SchemaType.STRING, format = "binary")), @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @GET
    @Path("ledgers/{ledger}")
    @Produces({"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/pdf", MediaType.APPLICATION_JSON})
    public Response ledger(@PathParam("ledger") String ledger, @QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("branch") String branch, @QueryParam("status") String status,
                           @QueryParam("format") String format, @QueryParam("lang") String lang) {
        Ledger which = ListQuery.one("ledger", ledger == null ? null : ledger.replace('-', '_'), Ledger.class);
        LedgerService.Filter filter = new LedgerService.Filter(ListQuery.date("from", from), ListQuery.date("to", to),
                ListQuery.text(branch), ListQuery.text(status) == null ? null : status.strip().toUpperCase(Locale.ROOT));
        Locale locale = locale(lang);
        if (ListQuery.one("format", format, ReportFormat.class) == ReportFormat.PDF) {
            byte[] pdf = ledgers.pdf(which, filter, locale, "LEDGER-" + time.today());
            return send(new Download(ledgers.fileName(which, filter, locale, "pdf"), "application/pdf", pdf,
                    com.servicedesk.reports.Reports.sha256(pdf), "-"));
        }
        StreamingOutput body = out -> ledgers.xlsx(which, filter, locale, out);
        String name = ledgers.fileName(which, filter, locale, "xlsx");
        return Response.ok(body, XLSX).header("Content-Disposition", disposition(name)).build();
    }

    /**
     * The regulator's machine-readable export: one row per complaint received in the period, with its
     * JR/T 0169 codes and no personal data, as CSV (UTF-8, header row; the default) or {@code format=xlsx}.
     */
    @Operation(operationId = "getComplaintExport", summary = "The regulator's complaint export",
            description = "One row per complaint received in the period with its JR/T 0169 codes and no personal data, as CSV (UTF-8) or a workbook.")
    @APIResponse(responseCode = "200", description = "OK", content = {@Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")), @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @GET
    @Path("complaint-export")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaType.APPLICATION_JSON})
    public Response complaintExport(@QueryParam("from") String from, @QueryParam("to") String to,
                                    @QueryParam("format") String format) {
        LocalDate start = ListQuery.date("from", from);
        LocalDate end = ListQuery.date("to", to);
        String kind = format == null || format.isBlank() ? "csv" : format.strip().toLowerCase(Locale.ROOT);
        if (!kind.equals("csv") && !kind.equals("xlsx")) {
            throw new InvalidInputException("format", "must be csv or xlsx");
        }
        exports.check(start, end);
        boolean xlsx = kind.equals("xlsx");
        StreamingOutput body = out -> exports.export(start, end, xlsx ? ReportFormat.XLSX : null, out);
        String name = "complaints_jrt0169_" + start.toString().replace("-", "") + "-" + end.toString().replace("-", "") + "." + kind;
        return Response.ok(body, xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                : "text/csv; charset=UTF-8").header("Content-Disposition", disposition(name)).build();
    }

    @Operation(operationId = "listArchivedReports", summary = "The report archive",
            description = "Every formal report generated, with its number, digest and who generated it.")
    @GET
    @Path("archive")
    public Page<ArchiveView> archive(@QueryParam("type") String type, @QueryParam("page") String page,
                                     @QueryParam("size") String size) {
        return reports.archive(ListQuery.one("type", type, ReportType.class), Paging.of(page, size));
    }

    @Operation(operationId = "getArchivedReport", summary = "An archived report",
            description = "An archived report's bytes as generated; the digest is in X-Content-SHA256.")
    @APIResponse(responseCode = "200", description = "OK", content = {@Content(mediaType = "application/octet-stream", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @GET
    @Path("archive/{id:[0-9]{1,18}}/content")
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaType.APPLICATION_JSON})
    public Response archived(@PathParam("id") long id) {
        return send(reports.content(id));
    }

    @Operation(operationId = "startReportJob", summary = "Generate a report in the background",
            description = "Starts generating a report; follow the job at its Location and download the result from the archive.")
    @APIResponse(responseCode = "202", description = "Accepted; the job is at Location", headers = @Header(name = "Location", ref = "#/components/headers/Location"), content = @Content(mediaType = "application/json", schema = @Schema(implementation = Job.class)))
    @POST
    @Path("jobs")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(@Valid @NotNull JobRequest body) {
        ReportFormat format = body.format() == null ? ReportFormat.PDF : body.format();
        ReportRequest request = body.subjectId() != null
                ? ReportRequest.about(body.type(), format, body.subjectId(), reports.subjectLabel(body.type(), body.subjectId()),
                        locale(body.lang()))
                : ReportRequest.period(body.type(), format, body.from(), body.to(), locale(body.lang()));
        Job job = reports.start(request);
        return Response.accepted(job).location(uri.getAbsolutePathBuilder().path(job.id()).build()).build();
    }

    @Operation(operationId = "getReportJob", summary = "A report job",
            description = "A report job's progress and, when done, its archive entry.")
    @GET
    @Path("jobs/{id}")
    public Job job(@PathParam("id") String id) {
        return reports.job(id);
    }

    /** Generates, then streams the archived bytes just made. */
    Response file(ArchiveView archived) {
        return send(reports.content(archived.id()));
    }

    static Response send(Download d) {
        return Response.ok(d.content(), d.contentType())
                .header("Content-Disposition", disposition(d.fileName()))
                .header("X-Report-Number", d.reportNumber())
                .header("X-Content-SHA256", d.sha256())
                .build();
    }

    /** An attachment with an ASCII fallback name and the real (Chinese) name per RFC 6266 / 5987. */
    static String disposition(String fileName) {
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    static ReportFormat format(String format) {
        ReportFormat f = ListQuery.one("format", format, ReportFormat.class);
        return f == null ? ReportFormat.PDF : f;
    }

    static Locale locale(String lang) {
        if (lang == null || lang.isBlank() || lang.startsWith("zh")) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        if (lang.startsWith("en")) {
            return Locale.ENGLISH;
        }
        throw new InvalidInputException("lang", "must be zh-CN or en");
    }
}
