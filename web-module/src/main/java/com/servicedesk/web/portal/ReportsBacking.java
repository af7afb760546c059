package com.servicedesk.web.portal;

import com.servicedesk.assessment.AssessmentService;
import com.servicedesk.assessment.PeriodStatus;
import com.servicedesk.assessment.PeriodView;
import com.servicedesk.platform.Job;
import com.servicedesk.reporting.ArchiveView;
import com.servicedesk.reporting.LedgerService;
import com.servicedesk.reports.ledger.LedgerReports.Ledger;
import com.servicedesk.reporting.ReportFormat;
import com.servicedesk.reporting.ReportRequest;
import com.servicedesk.reporting.ReportService;
import com.servicedesk.reporting.ReportType;
import com.servicedesk.shared.BusinessException;
import com.servicedesk.shared.PageRequest;
import com.servicedesk.shared.TimeSource;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The reports page: generate a report in the background with a progress bar, then download it; the
 * archive of everything generated, with report numbers and SHA-256 digests; ledgers to Excel.
 */
@Named
@ViewScoped
public class ReportsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ReportService reports;

    @EJB
    private LedgerService ledgers;

    @EJB
    private AssessmentService assessments;

    @Inject
    private UserSession session;

    @Inject
    private TimeSource time;

    @Inject
    private Messages messages;

    private ReportType type = ReportType.COMPLAINT_STATISTICS;
    private ReportFormat format = ReportFormat.PDF;
    private LocalDate from;
    private LocalDate to;
    private Long periodId;
    private Job job;
    private List<ArchiveView> archive = List.of();
    private List<PeriodView> periods = List.of();

    private Ledger ledger = Ledger.COMPLAINTS;
    private LocalDate ledgerFrom;
    private LocalDate ledgerTo;
    private String ledgerBranch;

    @PostConstruct
    void init() {
        YearMonth last = YearMonth.from(time.today()).minusMonths(1);
        int quarterStart = ((last.getMonthValue() - 1) / 3) * 3 + 1;
        from = YearMonth.of(last.getYear(), quarterStart).atDay(1);
        to = last.atEndOfMonth();
        ledgerFrom = last.atDay(1);
        ledgerTo = last.atEndOfMonth();
        List<ReportType> types = getTypes();
        if (!types.isEmpty() && !types.contains(type)) {
            type = types.get(0);
        }
        if (ReportType.ASSESSMENT.allows(session.getCaller().role())) {
            periods = assessments.periods().stream().filter(p -> p.status() != PeriodStatus.OPEN).toList();
            periodId = periods.isEmpty() ? null : periods.get(0).id();
        }
        loadArchive();
    }

    public void loadArchive() {
        archive = reports.archive(null, new PageRequest(0, 100)).items();
    }

    public void generate() {
        Locale locale = session.isEnglish() ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        ReportFormat f = type.formats().contains(format) ? format : ReportFormat.PDF;
        ReportRequest request = type == ReportType.ASSESSMENT
                ? ReportRequest.about(type, f, periodId == null ? 0 : periodId,
                        reports.subjectLabel(type, periodId == null ? 0 : periodId), locale)
                : ReportRequest.period(type, f, from, to, locale);
        job = reports.start(request);
    }

    /** Polled while the job runs. */
    public void refresh() {
        if (job != null && job.state() == Job.State.RUNNING) {
            job = reports.job(job.id());
            if (job.state() != Job.State.RUNNING) {
                loadArchive();
                if (job.state() == Job.State.FAILED) {
                    messages.error("reports.failed", job.message());
                }
            }
        }
    }

    /** The archive entry the finished job made. */
    public Long getJobArchiveId() {
        if (job == null || job.resultRef() == null) {
            return null;
        }
        return Long.valueOf(job.resultRef().substring(job.resultRef().lastIndexOf('/') + 1));
    }

    public void download(long archiveId) {
        Downloads.send(reports.content(archiveId));
    }

    public void downloadLedger() {
        try {
            LedgerService.Filter filter = new LedgerService.Filter(ledgerFrom, ledgerTo,
                    ledgerBranch == null || ledgerBranch.isBlank() ? null : ledgerBranch, null);
            Downloads.stream(ledgers.fileName(ledger, filter, session.getLocale(), "xlsx"), Downloads.XLSX,
                    out -> ledgers.xlsx(ledger, filter, session.getLocale(), out));
        } catch (BusinessException e) {
            messages.refused(e);
        }
    }

    public boolean isRunning() {
        return job != null && job.state() == Job.State.RUNNING;
    }

    /** The reports the caller's role may generate. */
    /** The reports this page generates that the user's role may have (the case record comes from a complaint's page). */
    public List<ReportType> getTypes() {
        return Arrays.stream(ReportType.values()).filter(t -> t != ReportType.COMPLAINT_RECORD && t.onRequest())
                .filter(t -> t.allows(session.getCaller().role())).toList();
    }

    public Ledger[] getLedgers() {
        return Ledger.values();
    }

    public List<ReportFormat> getFormats() {
        return type.formats().stream().sorted().toList();
    }

    public boolean isPeriodReport() {
        return type != ReportType.ASSESSMENT;
    }

    public String typeName(ReportType t) {
        return session.isEnglish() ? t.nameEn() : t.nameZh();
    }

    public String ledgerName(Ledger l) {
        return l.title(session.getLocale());
    }

    public ReportType getType() {
        return type;
    }

    public void setType(ReportType type) {
        this.type = type;
        if (type != null && !type.formats().contains(format)) {
            format = ReportFormat.PDF;
        }
    }

    public ReportFormat getFormat() {
        return format;
    }

    public void setFormat(ReportFormat format) {
        this.format = format;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public Long getPeriodId() {
        return periodId;
    }

    public void setPeriodId(Long periodId) {
        this.periodId = periodId;
    }

    public List<PeriodView> getPeriods() {
        return periods;
    }

    public Job getJob() {
        return job;
    }

    public List<ArchiveView> getArchive() {
        return archive;
    }

    public Ledger getLedger() {
        return ledger;
    }

    public void setLedger(Ledger ledger) {
        this.ledger = ledger;
    }

    public LocalDate getLedgerFrom() {
        return ledgerFrom;
    }

    public void setLedgerFrom(LocalDate ledgerFrom) {
        this.ledgerFrom = ledgerFrom;
    }

    public LocalDate getLedgerTo() {
        return ledgerTo;
    }

    public void setLedgerTo(LocalDate ledgerTo) {
        this.ledgerTo = ledgerTo;
    }

    public String getLedgerBranch() {
        return ledgerBranch;
    }

    public void setLedgerBranch(String ledgerBranch) {
        this.ledgerBranch = ledgerBranch;
    }
}
