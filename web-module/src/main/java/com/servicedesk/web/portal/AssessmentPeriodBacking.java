package com.servicedesk.web.portal;

import com.servicedesk.assessment.AssessmentService;
import com.servicedesk.assessment.KpiRecord;
import com.servicedesk.assessment.PeriodStatus;
import com.servicedesk.assessment.PeriodView;
import com.servicedesk.assessment.ResultView;
import com.servicedesk.assessment.StandardView;
import com.servicedesk.assessment.SubjectType;
import com.servicedesk.platform.Job;
import com.servicedesk.reporting.ArchiveView;
import com.servicedesk.reporting.ReportFormat;
import com.servicedesk.reporting.ReportRequest;
import com.servicedesk.reporting.ReportService;
import com.servicedesk.reporting.ReportType;
import com.servicedesk.shared.Role;
import com.servicedesk.shared.BusinessException;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * One period: compute it with a progress bar, its results by branch and by staff (sortable, with a
 * branch's staff and a KPI's records a click away), and the manager's review and approval.
 */
@Named
@ViewScoped
public class AssessmentPeriodBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AssessmentService assessments;

    @EJB
    private ReportService reports;

    @Inject
    private UserSession session;

    @Inject
    private Messages messages;

    private Long id;
    private PeriodView period;
    private StandardView standard;
    private List<ResultView> branches = List.of();
    private List<ResultView> staff = List.of();
    private String branchFilter;
    private Job job;
    private String comment;

    private String recordsTitle;
    private List<KpiRecord> records = List.of();

    public void load() {
        if (id == null) {
            return;
        }
        try {
            period = assessments.period(id);
            standard = assessments.standard(period.standardId());
            comment = period.reviewComment();
            branches = assessments.results(id, SubjectType.BRANCH, null);
            loadStaff();
        } catch (BusinessException e) {
            period = null;
            messages.refused(e);
        }
    }

    public void loadStaff() {
        staff = assessments.results(id, SubjectType.STAFF, branchFilter);
    }

    /** Drill down from a branch to its staff. */
    public void showStaffOf(String branchCode) {
        branchFilter = branchCode;
        loadStaff();
    }

    public void compute() {
        job = assessments.compute(id);
    }

    /** Polled while a computation runs. */
    public void refresh() {
        if (job == null) {
            return;
        }
        job = assessments.computeJob(id, job.id());
        if (job.state() != Job.State.RUNNING) {
            load();
            if (job.state() == Job.State.SUCCEEDED) {
                messages.info("assessment.computed", period.results(), period.failing());
            } else {
                messages.error("assessment.computeFailed", job.message());
            }
        }
    }

    public void review() {
        act(false);
    }

    public void approve() {
        act(true);
    }

    private void act(boolean approve) {
        period = approve ? assessments.approve(id, period.version(), comment)
                : assessments.review(id, period.version(), comment);
        messages.info(approve ? "assessment.approvedMessage" : "assessment.reviewed");
        load();
    }

    public void showRecords(ResultView result, String kpiCode) {
        ResultView.KpiResult kpi = result.kpi(kpiCode);
        recordsTitle = result.subjectName() + " · " + (session.isEnglish() ? kpi.nameEn() : kpi.nameZh());
        records = assessments.records(id, result.id(), kpiCode);
    }

    /** Generates, archives and sends the formal report (PDF) or the managers' workbook (XLSX). */
    public void downloadReport(ReportFormat format) {
        ArchiveView archived = reports.generate(ReportRequest.about(ReportType.ASSESSMENT, format, id, period.label(),
                session.isEnglish() ? java.util.Locale.ENGLISH : java.util.Locale.SIMPLIFIED_CHINESE));
        Downloads.send(reports.content(archived.id()));
    }

    public boolean isMayReport() {
        return period != null && period.status() != PeriodStatus.OPEN
                && (session.hasRole(Role.MANAGER.name()) || session.hasRole(Role.AUDITOR.name()));
    }

    public boolean isRunning() {
        return job != null && job.state() == Job.State.RUNNING;
    }

    public boolean isManager() {
        return session.hasRole(Role.MANAGER.name());
    }

    public boolean isLocked() {
        return period != null && period.status() == PeriodStatus.APPROVED;
    }

    /** A KPI cell: the score, or a dash when the KPI does not apply. */
    public String score(ResultView r, String code) {
        ResultView.KpiResult k = r.kpi(code);
        return k == null || !k.applicable() ? "—" : k.score().toPlainString();
    }

    /** The value behind a score, with its unit, for the cell's tooltip. */
    public String value(ResultView r, String code) {
        ResultView.KpiResult k = r.kpi(code);
        if (k == null || !k.applicable()) {
            return messages.text("assessment.notApplicable");
        }
        String unit = switch (k.unit()) {
            case PERCENT -> "%";
            case PER_10K -> " / 10000";
            case INDEX -> "";
        };
        return k.value().toPlainString() + unit + " (" + k.numerator().stripTrailingZeros().toPlainString() + " / "
                + k.denominator().stripTrailingZeros().toPlainString() + ")";
    }

    /** Where a record behind a KPI is shown, or null when it has no page. */
    public String recordOutcome(KpiRecord r) {
        return switch (r.type()) {
            case "Complaint" -> "/complaint";
            case "ServiceRequest" -> "/service-request";
            default -> null;
        };
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PeriodView getPeriod() {
        return period;
    }

    public StandardView getStandard() {
        return standard;
    }

    public List<ResultView> getBranches() {
        return branches;
    }

    public List<ResultView> getStaff() {
        return staff;
    }

    public String getBranchFilter() {
        return branchFilter;
    }

    public void setBranchFilter(String branchFilter) {
        this.branchFilter = branchFilter == null || branchFilter.isBlank() ? null : branchFilter;
    }

    public Job getJob() {
        return job;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getRecordsTitle() {
        return recordsTitle;
    }

    public List<KpiRecord> getRecords() {
        return records;
    }
}
