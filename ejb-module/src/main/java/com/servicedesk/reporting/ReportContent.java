package com.servicedesk.reporting;

import com.servicedesk.assessment.AssessmentReportData;
import com.servicedesk.assessment.AssessmentService;
import com.servicedesk.assessment.ResultView;
import com.servicedesk.assessment.StandardView;
import com.servicedesk.attachment.AttachmentService;
import com.servicedesk.attachment.CaseKind;
import com.servicedesk.audit.AuditLogEntry;
import com.servicedesk.audit.HistoryEntry;
import com.servicedesk.complaint.ComplaintService;
import com.servicedesk.complaint.ComplaintView;
import com.servicedesk.reports.RenderedReport;
import com.servicedesk.reports.ReportMeta;
import com.servicedesk.reports.assessment.AssessmentReport;
import com.servicedesk.reports.assessment.AssessmentReports;
import com.servicedesk.reports.complaint.CaseRecord;
import com.servicedesk.reports.complaint.CaseRecordReport;
import com.servicedesk.reports.complaint.ComplaintStatistics;
import com.servicedesk.reports.complaint.ComplaintStatisticsReport;
import com.servicedesk.reports.security.SecurityAudit;
import com.servicedesk.reports.security.SecurityAuditReport;
import com.servicedesk.reports.service.ServiceQualityReport;
import com.servicedesk.security.Caller;
import com.servicedesk.security.SecurityAuditReportData;
import com.servicedesk.security.SecurityAuditReports;
import com.servicedesk.shared.JsonSupport;
import com.servicedesk.shared.InvalidInputException;
import com.servicedesk.shared.TimeSource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Gathers each report's data from the context that owns it (each with its own access rules) and
 * renders it through the reports module, mapping into the reports module's own types.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ReportContent {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private ComplaintStatisticsQuery complaintStatistics;

    @EJB
    private AttachmentService attachments;

    @EJB
    private ServiceQualityQuery serviceQuality;

    @EJB
    private ComplaintService complaints;

    @EJB
    private AssessmentService assessments;

    @EJB
    private SecurityAuditReports securityAudits;

    public RenderedReport render(ReportRequest r, ReportMeta meta, Caller caller, ReportJobs.Progress progress) {
        boolean pdf = r.format() == ReportFormat.PDF;
        byte[] bytes = switch (r.type()) {
            case COMPLAINT_STATISTICS -> {
                ComplaintStatistics s = complaintStatistics.compute(r.from(), r.to(), r.english());
                progress.report(2, "rendering");
                yield pdf ? ComplaintStatisticsReport.pdf(s, meta) : ComplaintStatisticsReport.xlsx(s, meta);
            }
            case COMPLAINT_RECORD -> {
                CaseRecord record = caseRecord(complaints.get(r.subjectId()), complaints.history(r.subjectId()), r.english());
                progress.report(2, "rendering");
                yield CaseRecordReport.pdf(record, meta);
            }
            case ASSESSMENT -> {
                AssessmentReport a = assessment(assessments.reportData(r.subjectId()), r.english());
                progress.report(2, "rendering");
                yield pdf ? AssessmentReports.pdf(a, meta) : AssessmentReports.xlsx(a, meta);
            }
            case SECURITY_AUDIT -> {
                SecurityAudit s = securityAudit(r, securityAudits.collect(
                        r.from().atStartOfDay(TimeSource.BANK_ZONE).toInstant(),
                        r.to().plusDays(1).atStartOfDay(TimeSource.BANK_ZONE).toInstant()));
                progress.report(2, "rendering");
                yield SecurityAuditReport.pdf(s, meta);
            }
            case SERVICE_QUALITY -> {
                var q = serviceQuality.compute(r.from(), r.to());
                progress.report(2, "rendering");
                yield ServiceQualityReport.pdf(q, meta);
            }
            case RETENTION_PROOF -> throw new InvalidInputException("type", "the proof of destruction is made by a retention run");
        };
        return RenderedReport.of(bytes, pdf ? RenderedReport.PDF : RenderedReport.XLSX, r.fileName());
    }

    /** The case record in the report's language: names of the branch, the codes and the policy in it. */
    private CaseRecord caseRecord(ComplaintView c, List<HistoryEntry> history, boolean english) {
        String branch = em.createQuery("select " + (english ? "b.nameEn" : "b.nameZh") + " from Branch b where b.code = :c",
                String.class).setParameter("c", c.branchCode()).getResultStream().findFirst().orElse("");
        String channelName = em.createQuery("select " + (english ? "k.nameEn" : "k.nameZh")
                        + " from ComplaintCode k where k.code = :c", String.class)
                .setParameter("c", c.channelCode()).getResultStream().findFirst().orElse("");
        String policy = em.createQuery("select " + (english ? "p.nameEn" : "p.nameZh")
                        + " from DeadlinePolicy p where p.code = :c", String.class)
                .setParameter("c", c.policy()).getResultStream().findFirst().orElse(c.policy());
        ComplaintView.MoneyView amount = c.remedy() == null ? null : c.remedy().amount();
        return new CaseRecord(c.reference(), c.status().name(), c.customerName(), c.branchCode() + " " + branch,
                c.channelCode() + " " + channelName, code(c.businessCategory(), english), code(c.cause(), english),
                c.severity() == null ? null : c.severity().name(), c.description(), c.receivedAt(), c.registeredBy(),
                c.assignee(), c.policy() + " " + policy, c.decisionDueAt(), c.overdue(),
                c.extensions().stream().map(e -> new CaseRecord.Extension(e.level(), e.limitDays(), e.reason(),
                        e.grantedBy(), e.grantedAt())).toList(),
                c.pauses().stream().map(p -> new CaseRecord.Pause(p.reason(), p.startedAt(), p.endedAt())).toList(),
                c.resolution(), c.remedy() == null ? null : c.remedy().type().name(),
                amount == null ? null : new BigDecimal(amount.amount()), amount == null ? null : amount.currency(),
                c.rootCause(), c.proposedBy(), c.respondedAt(), c.respondedBy(),
                c.responseChannel() == null ? null : c.responseChannel().name(), c.decidedWithinLimit(),
                c.reviews().stream().map(v -> new CaseRecord.Review(v.requestedAt(), v.reason(), v.dueAt(), v.decidedAt(),
                        v.decidedBy(), v.outcome() == null ? null : v.outcome().name(), v.decision())).toList(),
                c.customerResponse() == null ? null : c.customerResponse().name(), c.closedAt(), c.remedyCarriedOutOn(),
                c.repeatOf() == null ? null : c.repeatOf().reference(),
                history.stream().map(h -> new CaseRecord.Event(h.at(), h.actor(), h.action(), readable(h.detail()))).toList(),
                attachments.list(CaseKind.COMPLAINT, c.id()).stream().map(a -> new CaseRecord.File(a.name(), a.contentType(),
                        a.size(), a.uploadedBy(), a.uploadedAt(), a.sha256())).toList(),
                c.adrOutcomes().stream().map(o -> new CaseRecord.AdrOutcome(o.kind().name(), o.body(), o.decidedOn(),
                        o.result().name(), o.amount() == null ? null : new BigDecimal(o.amount().amount()))).toList(),
                particulars(c));
    }

    /** The further rules' particulars of a complaint, null when it has none of them. */
    private static CaseRecord.Particulars particulars(ComplaintView c) {
        if (c.regulatorReference() == null && c.representative() == null && c.group() == null && c.parent() == null
                && c.mergedIntoComplaint() == null && c.mergedComplaints().isEmpty() && c.withdrawal() == null) {
            return null;
        }
        String group = c.group() != null ? String.join("、", c.group().representatives().stream()
                .map(ComplaintView.GroupMemberView::name).toList()) + " · " + c.group().children().size()
                : c.parent() != null ? c.parent().reference() : null;
        return new CaseRecord.Particulars(c.regulatorReference(), c.transferredOn(),
                c.representative() == null ? null : c.representative().name(),
                c.representative() == null ? null : c.representative().relation().name(),
                c.representative() != null && c.representative().authorisationAttachmentId() != null, group,
                c.mergedIntoComplaint() == null ? null : c.mergedIntoComplaint().reference(),
                c.mergedComplaints().stream().map(ComplaintView.Link::reference).toList(),
                c.withdrawal() == null ? null : c.withdrawal().withdrawnAt(),
                c.withdrawal() == null ? null : c.withdrawal().reason());
    }

    private static String code(ComplaintView.CodeRef ref, boolean english) {
        return ref == null ? null : ref.code() + " " + (english ? ref.nameEn() : ref.name());
    }

    /** The text values of an audit detail, e.g. a note or reason, for a reader. */
    static String readable(String detail) {
        if (detail == null || detail.isBlank() || !detail.startsWith("{")) {
            return detail;
        }
        try (var reader = JsonSupport.JSON.createReader(new StringReader(detail))) {
            JsonObject o = reader.readObject();
            String text = o.values().stream().filter(v -> v.getValueType() == JsonValue.ValueType.STRING)
                    .map(v -> ((JsonString) v).getString()).filter(s -> !s.isBlank()).collect(Collectors.joining("；"));
            return text.length() > 300 ? text.substring(0, 300) + "…" : text;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static AssessmentReport assessment(AssessmentReportData d, boolean english) {
        StandardView s = d.standard();
        return new AssessmentReport(d.period().label(), d.period().startsOn(), d.period().endsOn(),
                d.period().status().name(), s.label(), english ? s.nameEn() : s.nameZh(),
                s.kpis().stream().map(k -> new AssessmentReport.KpiDefinition(k.code(), english ? k.nameEn() : k.nameZh(),
                        k.definition(), k.target(), k.weight(), k.direction().name(), k.appliesTo().name(),
                        k.formula().unit().name())).toList(),
                s.bands().stream().map(b -> new AssessmentReport.Band(b.grade().name(), b.nameZh(), b.minScore())).toList(),
                d.branches().stream().map(ReportContent::result).toList(),
                d.staff().stream().map(ReportContent::result).toList(),
                d.period().reviewComment(), d.period().approvedBy(), d.period().approvedAt(), d.period().computedBy(),
                d.period().computedAt(), d.period().digest());
    }

    private static AssessmentReport.Result result(ResultView r) {
        return new AssessmentReport.Result(r.subject(), r.subjectName(), r.branchCode(), r.total(), r.grade().name(),
                r.gradeName(), r.rank(), r.kpis().stream().map(k -> new AssessmentReport.Score(k.code(), k.numerator(),
                        k.denominator(), k.value(), k.score())).toList());
    }

    private static SecurityAudit securityAudit(ReportRequest r, SecurityAuditReportData d) {
        var v = d.verification();
        return new SecurityAudit(r.from(), r.to(), v.intact(), v.entries(), v.chains(), v.anchors(),
                v.firstBreak() == null ? null : v.firstBreak().chainKey() + " #" + v.firstBreak().seq() + " "
                        + v.firstBreak().problem(),
                events(d.clearValueViews()), d.failedLogins(), events(d.lockouts()), events(d.privilegeChanges()),
                d.trainingCompletion().stream().map(t -> new SecurityAudit.Training(t.branchCode(), t.staff(), t.completed(),
                        t.rate())).toList(),
                d.openFindings().stream().map(f -> new SecurityAudit.Finding(f.title(), f.severity().name(), f.owner(),
                        f.dueOn(), f.status().name())).toList());
    }

    private static List<SecurityAudit.Event> events(List<AuditLogEntry> entries) {
        return entries.stream().map(e -> new SecurityAudit.Event(e.at(), e.actor(), e.action(),
                e.entityType() + ":" + e.entityId(), readable(e.detail()))).toList();
    }
}
