package com.servicedesk.assessment;

import com.servicedesk.audit.AuditEvent;
import com.servicedesk.audit.AuditTrail;
import com.servicedesk.platform.Jobs;
import com.servicedesk.shared.BusinessException;
import com.servicedesk.shared.JsonSupport;
import com.servicedesk.shared.RecordNotFoundException;
import com.servicedesk.shared.TimeSource;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Computes a period: reads the records of each KPI, scores every branch and member of staff, and
 * replaces the period's results in one transaction, reporting progress to the job that asked.
 */
@Stateless
@PermitAll
public class AssessmentComputation {

    static final String JOB_KIND = "assessment-compute";
    private static final Logger LOG = Logger.getLogger(AssessmentComputation.class.getName());

    /** What a computation produced. */
    public record Summary(int results, long failing, String digest) {
    }

    /** Receives progress: steps done out of the total, and what is being done. */
    public interface Progress {
        Progress NONE = (done, total, message) -> { };

        void report(int done, int total, String message);
    }

    @PersistenceContext
    private EntityManager em;

    @EJB
    private KpiMeasures measures;

    @EJB
    private AuditTrail audit;

    @Inject
    private Jobs jobs;

    @Inject
    private TimeSource time;

    @Resource
    private SessionContext context;

    /** Runs a registered job in the background; its outcome is read from {@link Jobs}. */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run(String jobId, long periodId, String by) {
        try {
            Summary summary = context.getBusinessObject(AssessmentComputation.class).compute(periodId, by,
                    (done, total, message) -> jobs.progress(jobId, done, total, message));
            jobs.succeeded(jobId, summary.results() + " results, " + summary.failing() + " below 合格; digest "
                    + summary.digest(), "/assessment-periods/" + periodId + "/results");
        } catch (BusinessException e) {
            jobs.failed(jobId, e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "computing assessment period " + periodId + " failed", e);
            jobs.failed(jobId, "the computation failed; nothing was changed (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Computes the period now, in the caller's transaction or a new one. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Summary compute(long periodId, String by, Progress progress) {
        AssessmentPeriod period = em.find(AssessmentPeriod.class, periodId, LockModeType.PESSIMISTIC_WRITE);
        if (period == null) {
            throw new RecordNotFoundException("assessment period", periodId);
        }
        period.requireUnlocked();
        AssessmentStandard standard = em.find(AssessmentStandard.class, period.standardId());
        Instant now = time.now();
        KpiMeasures.Window window = KpiMeasures.Window.of(period.startsOn(), period.endsOn(), now);
        Set<KpiFormula> formulas = new LinkedHashSet<>();
        standard.kpis().forEach(k -> formulas.add(k.formula()));
        int total = formulas.size() + 2;
        int done = 0;
        Map<KpiFormula, List<KpiRecord>> records = new EnumMap<>(KpiFormula.class);
        for (KpiFormula formula : formulas) {
            progress.report(done++, total, "measuring " + formula);
            records.put(formula, measures.records(formula, window));
        }
        progress.report(done++, total, "scoring");
        List<AssessmentCalculator.Outcome> outcomes = AssessmentCalculator.compute(standard.kpis(), standard.bands(),
                measures.subjects(), records, measures.customers(window));
        progress.report(done, total, "saving " + outcomes.size() + " results");
        em.createQuery("select r from AssessmentResult r where r.periodId = :p", AssessmentResult.class)
                .setParameter("p", periodId).getResultList().forEach(em::remove);
        em.flush();
        List<AssessmentResult> results = outcomes.stream().map(o -> new AssessmentResult(periodId, o)).toList();
        results.forEach(em::persist);
        String before = period.status().name();
        period.computed(by, now);
        em.flush();
        String digest = ResultDigest.of(results);
        long failing = results.stream().filter(r -> r.grade().failing()).count();
        audit.recordAs(by, AuditEvent.of(AssessmentService.PERIOD_AUDIT_TYPE, periodId, "COMPUTE")
                .withStates("{\"status\":\"" + before + "\"}", "{\"status\":\"" + period.status() + "\"}")
                .withDetail(JsonSupport.JSON.createObjectBuilder().add("label", period.label()).add("results", results.size())
                        .add("failing", failing).add("digest", digest).add("asOf", window.asOf().toString())
                        .build().toString()));
        return new Summary(results.size(), failing, digest);
    }
}
