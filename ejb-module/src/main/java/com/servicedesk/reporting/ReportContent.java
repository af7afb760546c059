package com.servicedesk.reporting;

import com.servicedesk.reports.RenderedReport;
import com.servicedesk.reports.ReportMeta;
import com.servicedesk.reports.complaint.ComplaintStatistics;
import com.servicedesk.reports.complaint.ComplaintStatisticsReport;
import com.servicedesk.security.Caller;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/** Gathers each report's data from the context that owns it and renders it through the reports module. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ReportContent {

    @EJB
    private ComplaintStatisticsQuery complaintStatistics;

    public RenderedReport render(ReportRequest r, ReportMeta meta, Caller caller, ReportJobs.Progress progress) {
        byte[] bytes = switch (r.type()) {
            case COMPLAINT_STATISTICS -> {
                ComplaintStatistics s = complaintStatistics.compute(r.from(), r.to(), r.english());
                progress.report(2, "rendering");
                yield r.format() == ReportFormat.PDF ? ComplaintStatisticsReport.pdf(s, meta)
                        : ComplaintStatisticsReport.xlsx(s, meta);
            }
            default -> throw new UnsupportedOperationException(r.type() + " is not available yet");
        };
        return RenderedReport.of(bytes, r.format() == ReportFormat.PDF ? RenderedReport.PDF : RenderedReport.XLSX,
                r.fileName());
    }
}
