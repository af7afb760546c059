package com.servicedesk.reporting;

import com.servicedesk.platform.Jobs;
import com.servicedesk.shared.BusinessException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Runs report generation in the background and reports its progress to the job that asked for it. */
@Stateless
@PermitAll
public class ReportJobs {

    private static final Logger LOG = Logger.getLogger(ReportJobs.class.getName());

    /** Receives progress: the step reached (of three) and what is being done. */
    public interface Progress {
        Progress NONE = (step, message) -> { };

        void report(int step, String message);
    }

    @EJB
    private ReportService reports;

    @Inject
    private Jobs jobs;

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run(String jobId, ReportRequest request) {
        try {
            ArchiveView done = ArchiveView.of(reports.generate(request, (step, message) -> jobs.progress(jobId, step, 4, message)));
            jobs.succeeded(jobId, done.reportNumber() + " " + done.fileName() + " SHA-256 " + done.sha256(),
                    "/reports/archive/" + done.id());
        } catch (BusinessException e) {
            jobs.failed(jobId, e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "generating " + request.type() + " failed", e);
            jobs.failed(jobId, "the report could not be generated (" + e.getClass().getSimpleName() + ")");
        }
    }
}
