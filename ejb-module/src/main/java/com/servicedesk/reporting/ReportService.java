package com.servicedesk.reporting;

import com.servicedesk.audit.AuditEvent;
import com.servicedesk.audit.AuditTrail;
import com.servicedesk.platform.Job;
import com.servicedesk.platform.Jobs;
import com.servicedesk.platform.ReferenceNumbers;
import com.servicedesk.reports.RenderedReport;
import com.servicedesk.reports.ReportMeta;
import com.servicedesk.reports.Reports;
import com.servicedesk.security.Caller;
import com.servicedesk.security.CallerContext;
import com.servicedesk.shared.ForbiddenException;
import com.servicedesk.shared.InvalidInputException;
import com.servicedesk.shared.JsonSupport;
import com.servicedesk.shared.Page;
import com.servicedesk.shared.PageRequest;
import com.servicedesk.shared.Queries;
import com.servicedesk.shared.RecordNotFoundException;
import com.servicedesk.shared.Role;
import com.servicedesk.shared.TimeSource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Generates reports and archives them: each one gets a report number, is rendered, and is stored with
 * its SHA-256 — never overwritten; a later generation is a new archive entry. Reading an archived
 * report checks its digest again.
 */
@Stateless
@RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.AUDITOR_NAME})
public class ReportService {

    static final String AUDIT_TYPE = "Report";
    static final String JOB_KIND = "report";
    private static final String BANK = "澜海银行";
    private static final String BANK_EN = "Lanhai Bank";
    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerContext callers;

    @EJB
    private AuditTrail audit;

    @EJB
    private ReferenceNumbers references;

    @EJB
    private ReportContent contents;

    @EJB
    private ReportJobs background;

    @Inject
    private Jobs jobs;

    @Inject
    private TimeSource time;

    /** Generates a report now, archives it and returns its archive entry. */
    public ArchiveView generate(ReportRequest request) {
        return ArchiveView.of(generate(request, ReportJobs.Progress.NONE));
    }

    /** Starts generating a report in the background; the job links to the archive entry when done. */
    public Job start(ReportRequest request) {
        Caller caller = authorize(request.type());
        Job job = jobs.start(JOB_KIND, request.type() + ":" + request.periodLabel() + ":" + request.format(),
                caller.username(), 3);
        background.run(job.id(), request);
        return job;
    }

    public Job job(String id) {
        Job job = jobs.get(id);
        if (!job.kind().equals(JOB_KIND) || !job.startedBy().equals(callers.current().username())) {
            throw new RecordNotFoundException("report job", id);
        }
        return job;
    }

    public ArchivedReport generate(ReportRequest request, ReportJobs.Progress progress) {
        Caller caller = authorize(request.type());
        Instant now = time.now();
        String number = references.next("RPT-" + request.type().code(), "report_number_seq", now);
        String title = request.english() ? request.type().nameEn() : request.type().nameZh();
        boolean archival = request.type().regulatory() && request.format() == ReportFormat.PDF;
        ReportMeta meta = new ReportMeta(number, title, title + " " + request.periodLabel(),
                request.english() ? BANK_EN : BANK, now, request.locale(), archival);
        progress.report(1, "gathering the figures");
        RenderedReport rendered = contents.render(request, meta, caller, progress);
        progress.report(3, "archiving");
        ArchivedReport archived = new ArchivedReport(request, number, title, request.locale().toLanguageTag(), archival,
                request.fileName(), rendered.contentType(), rendered.content(), rendered.sha256(), caller.username(), now);
        em.persist(archived);
        em.flush();
        audit.record(AuditEvent.of(AUDIT_TYPE, number, "GENERATE").withDetail(JsonSupport.JSON.createObjectBuilder()
                .add("type", request.type().name()).add("period", String.valueOf(request.periodLabel()))
                .add("format", request.format().name()).add("sha256", rendered.sha256())
                .add("bytes", rendered.content().length).build().toString()));
        return archived;
    }

    /** A report archived: its number and digest. */
    public record Archived(long id, String number, String sha256) {
    }

    /**
     * Archives a report another service rendered (the retention run's proof), numbered and audited as every
     * report: {@code render} makes the PDF/A from the report's metadata.
     */
    @PermitAll
    public Archived archiveRendered(ReportType type, String subjectRef, String generatedBy,
                                    java.util.function.Function<ReportMeta, byte[]> render) {
        Instant now = time.now();
        String number = references.next("RPT-" + type.code(), "report_number_seq", now);
        ReportRequest request = ReportRequest.about(type, ReportFormat.PDF, 0L, subjectRef, java.util.Locale.SIMPLIFIED_CHINESE);
        byte[] pdf = render.apply(new ReportMeta(number, type.nameZh(), type.nameZh() + " " + subjectRef, BANK, now,
                request.locale(), type.regulatory()));
        RenderedReport rendered = RenderedReport.of(pdf, RenderedReport.PDF, request.fileName());
        ArchivedReport archived = new ArchivedReport(request, number, type.nameZh(), request.locale().toLanguageTag(),
                type.regulatory(), request.fileName(), rendered.contentType(), rendered.content(), rendered.sha256(),
                generatedBy, now);
        em.persist(archived);
        em.flush();
        audit.recordAs(generatedBy, AuditEvent.of(AUDIT_TYPE, number, "GENERATE").withDetail(JsonSupport.JSON
                .createObjectBuilder().add("type", type.name()).add("period", subjectRef).add("format", "PDF")
                .add("sha256", rendered.sha256()).add("bytes", rendered.content().length).build().toString()));
        return new Archived(archived.id(), number, rendered.sha256());
    }

    /** What a report about one record is called: the assessment period's label, the complaint's reference. */
    public String subjectLabel(ReportType type, long id) {
        String jpql = switch (type) {
            case ASSESSMENT -> "select p.label from AssessmentPeriod p where p.id = :id";
            case COMPLAINT_RECORD -> "select c.reference from Complaint c where c.id = :id";
            default -> throw new InvalidInputException("subjectId", type + " covers a period: give from and to instead");
        };
        return em.createQuery(jpql, String.class).setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> new RecordNotFoundException(type == ReportType.ASSESSMENT ? "assessment period" : "complaint", id));
    }

    /**
     * The archive, newest first, optionally of one type: only the reports the caller may read are
     * selected, counted and paged, so a page is full and the total true.
     */
    public Page<ArchiveView> archive(ReportType type, PageRequest page) {
        callers.current().requireBusinessAccess();
        List<String> readable = Arrays.stream(ReportType.values())
                .filter(t -> (type == null || t == type) && mayRead(t)).map(Enum::name).toList();
        if (readable.isEmpty()) {
            return new Page<>(List.of(), page.page(), page.size(), 0);
        }
        Map<String, Object> params = Map.of("readable", readable);
        TypedQuery<ArchivedReport> items = Queries.create(em, "select r from ArchivedReport r where r.reportType in :readable"
                + " order by r.generatedAt desc, r.id desc", ArchivedReport.class, params);
        TypedQuery<Long> count = Queries.create(em, "select count(r) from ArchivedReport r where r.reportType in :readable",
                Long.class, params);
        List<ArchiveView> views = items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultStream()
                .map(ArchiveView::of).toList();
        return new Page<>(views, page.page(), page.size(), count.getSingleResult());
    }

    /** An archived report's bytes, after checking they still have the digest they were stored with. */
    public Download content(long id) {
        ArchivedReport r = em.find(ArchivedReport.class, id);
        if (r == null || !mayRead(ReportType.valueOf(r.reportType()))) {
            throw new RecordNotFoundException("archived report", id);
        }
        byte[] content = r.content();
        if (!Reports.sha256(content).equals(r.sha256())) {
            throw new IllegalStateException("archived report " + r.reportNumber() + " no longer matches its SHA-256");
        }
        audit.record(AuditEvent.of(AUDIT_TYPE, r.reportNumber(), "DOWNLOAD"));
        return new Download(r.fileName(), r.contentType(), content, r.sha256(), r.reportNumber());
    }

    private boolean mayRead(ReportType type) {
        Caller caller = callers.current();
        return caller.isSystem() || type.allows(caller.role());
    }

    private Caller authorize(ReportType type) {
        Caller caller = callers.current();
        if (!type.onRequest()) {
            throw new InvalidInputException("type", "the " + type.nameEn() + " is made by a retention run, not on request");
        }
        if (!mayRead(type)) {
            throw new ForbiddenException("the " + caller.role() + " role may not generate the " + type.nameEn());
        }
        return caller;
    }
}
