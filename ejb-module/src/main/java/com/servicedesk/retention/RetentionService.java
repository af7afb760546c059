package com.servicedesk.retention;

import com.servicedesk.audit.AuditEvent;
import com.servicedesk.audit.AuditTrail;
import com.servicedesk.reporting.ReportService;
import com.servicedesk.reporting.ReportType;
import com.servicedesk.reports.ReportMeta;
import com.servicedesk.reports.retention.RetentionProof;
import com.servicedesk.reports.retention.RetentionProofReport;
import com.servicedesk.security.Caller;
import com.servicedesk.security.CallerContext;
import com.servicedesk.shared.ConflictException;
import com.servicedesk.shared.JsonSupport;
import com.servicedesk.shared.Page;
import com.servicedesk.shared.PageRequest;
import com.servicedesk.shared.RecordNotFoundException;
import com.servicedesk.shared.Role;
import com.servicedesk.shared.TimeSource;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The retention run: once a day (one server of a cluster claims the day), or by hand, and as a dry run
 * that only counts. Per kind of record, as of the run's start, what ended more than the policy's years
 * ago and is held by no legal hold is anonymised (case records, then customers whose every record is) or
 * deleted (files: the bytes go, the digest stays), in batches of {@value #BATCH}, each its own transaction,
 * each record's change an entry in its own audit chain. Progress is kept on the run's row. A real run
 * ends with a proof-of-destruction report (PDF/A) in the report archive.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.AUDITOR_NAME})
public class RetentionService {

    public static final String AUDIT_TYPE = "RetentionRun";
    static final int BATCH = 500;
    private static final int EXAMPLES = 10;
    private static final Logger LOG = Logger.getLogger(RetentionService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerContext callers;

    @EJB
    private AuditTrail audit;

    @EJB
    private RetentionPolicies policies;

    @EJB
    private ReportService reports;

    @Inject
    private TimeSource time;

    @Resource
    private SessionContext context;

    /** Starts a run by hand; a dry run counts and lists, a real one acts (administrators only). It runs in the background. */
    public RunView start(boolean dryRun) {
        Caller caller = callers.current();
        if (!dryRun && !caller.hasRole(Role.ADMIN)) {
            throw new com.servicedesk.shared.ForbiddenException("only an administrator runs retention; an auditor may run it dry");
        }
        RetentionService self = context.getBusinessObject(RetentionService.class);
        RetentionRun run = self.open(dryRun, null, caller.username());
        self.executeInBackground(run.id());
        return view(run);
    }

    /** The daily run, at 02:30: one server of a cluster claims the day; the others find it taken. */
    @Schedule(hour = "2", minute = "30", persistent = false)
    @PermitAll
    void daily() {
        RetentionService self = context.getBusinessObject(RetentionService.class);
        RetentionRun run;
        try {
            run = self.open(false, time.today(), "system");
        } catch (PersistenceException | jakarta.ejb.EJBException taken) {
            LOG.fine("today's retention run was claimed by another server");
            return;
        }
        self.execute(run.id());
    }

    /** Opens a run's row in a transaction of its own, so that every server sees it at once. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @PermitAll
    public RetentionRun open(boolean dryRun, java.time.LocalDate scheduledOn, String by) {
        if (!em.createQuery("select r.id from RetentionRun r where r.status = :s and r.dryRun = false", Long.class)
                .setParameter("s", RetentionRun.Status.RUNNING).getResultList().isEmpty() && !dryRun) {
            throw new ConflictException("retention-running", "a retention run is under way; wait for it to finish");
        }
        RetentionRun run = new RetentionRun(dryRun, time.now(), scheduledOn, by);
        em.persist(run);
        em.flush();
        return run;
    }

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @PermitAll
    public void executeInBackground(long runId) {
        context.getBusinessObject(RetentionService.class).execute(runId);
    }

    /** Runs the plan, batch by batch; records the outcome, or the failure, on the run. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @PermitAll
    public void execute(long runId) {
        RetentionService self = context.getBusinessObject(RetentionService.class);
        RetentionRun run = em.find(RetentionRun.class, runId);
        try {
            List<RunView.KindOutcome> outcomes = new ArrayList<>(self.plan(run.asOf()));
            self.planned(runId, outcomes.stream().mapToLong(RunView.KindOutcome::expired).sum());
            long[] longest = {0};
            long customers = 0;
            if (!run.dryRun()) {
                for (int i = 0; i < outcomes.size(); i++) {
                    RunView.KindOutcome planned = outcomes.get(i);
                    outcomes.set(i, planned.done(batches(longest, after -> planned.kind() == RecordKind.EVIDENCE_FILE
                            ? self.destroyFileBatch(runId, planned.cutoff(), after)
                            : self.anonymiseBatch(runId, planned.kind(), planned.cutoff(), after))));
                }
                // customers last: a customer goes once every record of theirs has
                customers = batches(longest, after -> self.anonymiseCustomerBatch(runId, after));
            }
            self.finish(runId, outcomes, customers, longest[0]);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "retention run " + runId + " failed", e);
            self.fail(runId, String.valueOf(e.getMessage()));
        }
    }

    /** Runs batches until one finds nothing; how many records they did. Notes the longest batch in milliseconds. */
    private static long batches(long[] longest, java.util.function.LongFunction<long[]> batch) {
        long done = 0;
        long after = 0;
        while (true) {
            long started = System.nanoTime();
            long[] result = batch.apply(after);
            longest[0] = Math.max(longest[0], (System.nanoTime() - started) / 1_000_000);
            if (result[0] == 0) {
                return done;
            }
            done += result[0];
            after = result[1];
        }
    }

    /** What each kind's policy in force finds expired as of the day, and what a hold keeps. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @PermitAll
    public List<RunView.KindOutcome> plan(Instant asOf) {
        RecordSweeps sweeps = new RecordSweeps(em);
        Map<RecordKind, RetentionPolicy> inForce = policies.inForce();
        String credit = credit(inForce);
        List<RunView.KindOutcome> plan = new ArrayList<>();
        for (RecordKind kind : List.of(RecordKind.COMPLAINT, RecordKind.CREDIT_REPORT_COMPLAINT, RecordKind.SERVICE_REQUEST,
                RecordKind.APPLICATION, RecordKind.RETURN_VISIT)) {
            RetentionPolicy p = inForce.get(kind);
            if (p == null || !p.expires()) {
                continue;
            }
            Instant cutoff = cutoff(asOf, p.years());
            plan.add(new RunView.KindOutcome(kind, p.action(), p.years(), cutoff, sweeps.countExpired(kind, cutoff, credit), 0,
                    sweeps.countHeld(kind, cutoff, credit), sweeps.examples(kind, cutoff, credit, EXAMPLES)));
        }
        RetentionPolicy files = inForce.get(RecordKind.EVIDENCE_FILE);
        if (files != null && files.expires()) {
            Instant cutoff = cutoff(asOf, files.years());
            plan.add(new RunView.KindOutcome(RecordKind.EVIDENCE_FILE, files.action(), files.years(), cutoff,
                    sweeps.countExpiredFiles(cutoff), 0, 0, List.of()));
        }
        return plan;
    }

    /**
     * One batch of a kind's expired records anonymised, each entered in its own history, in one
     * transaction; how many and the last id.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @PermitAll
    public long[] anonymiseBatch(long runId, RecordKind kind, Instant cutoff, long afterId) {
        RecordSweeps sweeps = new RecordSweeps(em);
        List<Long> ids = sweeps.expired(kind, cutoff, credit(policies.inForce()), afterId, BATCH);
        if (ids.isEmpty()) {
            return new long[] {0, afterId};
        }
        Instant now = time.now();
        sweeps.anonymise(kind, ids, now);
        String type = switch (kind) {
            case COMPLAINT, CREDIT_REPORT_COMPLAINT -> "Complaint";
            case SERVICE_REQUEST -> "ServiceRequest";
            case APPLICATION -> "BusinessApplication";
            case RETURN_VISIT -> "ReturnVisit";
            default -> throw new IllegalArgumentException(kind.name());
        };
        String detail = anonymisedDetail(runId, kind);
        audit.recordAll(runActor(runId), ids.stream().map(id -> AuditEvent.of(type, id, "ANONYMISE").withDetail(detail)).toList());
        progressed(runId, ids.size());
        return new long[] {ids.size(), ids.get(ids.size() - 1)};
    }

    /** One batch of expired files (evidence, then letters) destroyed, each in its case's history with its digest. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @PermitAll
    public long[] destroyFileBatch(long runId, Instant cutoff, long afterId) {
        RecordSweeps sweeps = new RecordSweeps(em);
        Instant now = time.now();
        // attachments first, by id; then letters (their ids offset so that one cursor walks both)
        boolean letters = afterId >= LETTER_OFFSET;
        List<RecordSweeps.ExpiredFile> files = letters ? List.of() : sweeps.expiredAttachments(cutoff, afterId, BATCH);
        if (files.isEmpty()) {
            files = sweeps.expiredLetters(cutoff, letters ? afterId - LETTER_OFFSET : 0, BATCH);
            letters = true;
        }
        if (files.isEmpty()) {
            return new long[] {0, afterId};
        }
        List<Long> ids = files.stream().map(RecordSweeps.ExpiredFile::id).toList();
        if (letters) {
            sweeps.destroyLetters(ids, now);
        } else {
            sweeps.destroyAttachments(ids, now);
        }
        boolean isLetter = letters;
        audit.recordAll(runActor(runId), files.stream().map(f -> AuditEvent.of(f.caseType(), f.caseId(),
                isLetter ? "DESTROY_LETTER" : "DESTROY_FILE").withDetail(JsonSupport.JSON.createObjectBuilder()
                .add(isLetter ? "letterId" : "attachmentId", f.id()).add(isLetter ? "letter" : "file",
                        f.number() == null ? "#" + f.id() : f.number()).add("sha256", f.sha256()).add("size", f.size())
                .add("run", runId).build().toString())).toList());
        progressed(runId, ids.size());
        long last = ids.get(ids.size() - 1);
        return new long[] {ids.size(), letters ? LETTER_OFFSET + last : last};
    }

    private static final long LETTER_OFFSET = 1L << 48;

    /** The customers whose every record is now anonymised, in one batch. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @PermitAll
    public long[] anonymiseCustomerBatch(long runId, long afterId) {
        RecordSweeps sweeps = new RecordSweeps(em);
        List<Long> ids = sweeps.spentCustomers(afterId, BATCH);
        if (ids.isEmpty()) {
            return new long[] {0, afterId};
        }
        sweeps.anonymiseCustomers(ids, time.now());
        String detail = JsonSupport.JSON.createObjectBuilder().add("run", runId).add("kind", "CUSTOMER").build().toString();
        audit.recordAll(runActor(runId), ids.stream().map(id -> AuditEvent.of("Customer", id, "ANONYMISE").withDetail(detail))
                .toList());
        return new long[] {ids.size(), ids.get(ids.size() - 1)};
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @PermitAll
    public void planned(long runId, long total) {
        em.find(RetentionRun.class, runId).planned(total);
    }

    private void progressed(long runId, long records) {
        em.find(RetentionRun.class, runId).progressed(records);
    }

    /** Closes the run: the proof archived (a real run), the outcome on the run and in the run's own chain. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @PermitAll
    public void finish(long runId, List<RunView.KindOutcome> outcomes, long customers, long longestBatchMillis) {
        RetentionRun run = em.find(RetentionRun.class, runId);
        Instant now = time.now();
        String summary = summary(outcomes, customers, longestBatchMillis);
        String number = null;
        String sha256 = null;
        if (!run.dryRun()) {
            RetentionProof proof = proof(run, outcomes, customers, now);
            ReportService.Archived archived = reports.archiveRendered(ReportType.RETENTION_PROOF, "RUN-" + runId,
                    run.startedBy(), meta -> RetentionProofReport.pdf(proof, meta));
            number = archived.number();
            sha256 = archived.sha256();
        }
        run.finished(now, summary, number, sha256);
        em.flush();
        audit.recordAs(run.startedBy(), AuditEvent.of(AUDIT_TYPE, runId, run.dryRun() ? "DRY_RUN" : "RUN")
                .withDetail(JsonSupport.JSON.createObjectBuilder().add("customers", customers)
                        .add("records", outcomes.stream().mapToLong(RunView.KindOutcome::done).sum())
                        .add("held", outcomes.stream().mapToLong(RunView.KindOutcome::held).sum())
                        .add("report", number == null ? "" : number).build().toString()));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @PermitAll
    public void fail(long runId, String why) {
        em.find(RetentionRun.class, runId).failed(time.now(), why);
    }

    public RunView get(long runId) {
        RetentionRun run = em.find(RetentionRun.class, runId);
        if (run == null) {
            throw new RecordNotFoundException("retention run", runId);
        }
        return view(run);
    }

    /** The runs, newest first. */
    public Page<RunView> runs(PageRequest page) {
        List<RunView> items = em.createQuery("select r from RetentionRun r order by r.id desc", RetentionRun.class)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultStream().map(this::view).toList();
        long total = em.createQuery("select count(r) from RetentionRun r", Long.class).getSingleResult();
        return new Page<>(items, page.page(), page.size(), total);
    }

    private RetentionProof proof(RetentionRun run, List<RunView.KindOutcome> outcomes, long customers, Instant now) {
        Map<RecordKind, RetentionPolicy> inForce = policies.inForce();
        List<RetentionProof.Line> lines = new ArrayList<>();
        for (RunView.KindOutcome o : outcomes) {
            RetentionPolicy p = inForce.get(o.kind());
            lines.add(new RetentionProof.Line(o.kind().name(), o.action().name(), o.years(), java.util.Date.from(o.cutoff()),
                    o.done(), o.held(), p == null ? "" : p.basis()));
        }
        return new RetentionProof("RUN-" + run.id(), java.util.Date.from(run.asOf()), run.startedBy(),
                java.util.Date.from(run.startedAt()), java.util.Date.from(now), customers, lines);
    }

    private RunView view(RetentionRun r) {
        List<RunView.KindOutcome> outcomes = new ArrayList<>();
        long customers = 0;
        long longest = 0;
        if (r.summary() != null) {
            JsonObject json = JsonSupport.JSON.createReader(new StringReader(r.summary())).readObject();
            for (JsonObject k : json.getJsonArray("kinds").getValuesAs(JsonObject.class)) {
                outcomes.add(new RunView.KindOutcome(RecordKind.valueOf(k.getString("kind")),
                        RetentionAction.valueOf(k.getString("action")), k.isNull("years") ? null : k.getInt("years"),
                        Instant.parse(k.getString("cutoff")), k.getJsonNumber("expired").longValue(),
                        k.getJsonNumber("done").longValue(), k.getJsonNumber("held").longValue(),
                        k.getJsonArray("examples").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()));
            }
            customers = json.getJsonNumber("customers").longValue();
            longest = json.getJsonNumber("longestBatchMillis").longValue();
        }
        int percent = r.total() == 0 ? (r.status() == RetentionRun.Status.RUNNING ? 0 : 100)
                : (int) Math.min(100, r.processed() * 100 / r.total());
        return new RunView(r.id(), r.dryRun(), r.asOf(), r.startedBy(), r.startedAt(), r.finishedAt(), r.status(),
                r.processed(), r.total(), percent, outcomes, customers, longest, r.reportNumber(), r.reportSha256(), r.error(),
                r.version());
    }

    private static String summary(List<RunView.KindOutcome> outcomes, long customers, long longestBatchMillis) {
        JsonArrayBuilder kinds = JsonSupport.JSON.createArrayBuilder();
        for (RunView.KindOutcome o : outcomes) {
            JsonArrayBuilder examples = JsonSupport.JSON.createArrayBuilder();
            o.examples().forEach(examples::add);
            var k = JsonSupport.JSON.createObjectBuilder().add("kind", o.kind().name()).add("action", o.action().name())
                    .add("cutoff", o.cutoff().toString()).add("expired", o.expired()).add("done", o.done())
                    .add("held", o.held()).add("examples", examples);
            if (o.years() == null) {
                k.addNull("years");
            } else {
                k.add("years", o.years());
            }
            kinds.add(k);
        }
        return JsonSupport.JSON.createObjectBuilder().add("kinds", kinds).add("customers", customers)
                .add("longestBatchMillis", longestBatchMillis).build().toString();
    }

    private static String anonymisedDetail(long runId, RecordKind kind) {
        return JsonSupport.JSON.createObjectBuilder().add("run", runId).add("policy", kind.name()).build().toString();
    }

    private String runActor(long runId) {
        return em.find(RetentionRun.class, runId).startedBy();
    }

    private static String credit(Map<RecordKind, RetentionPolicy> inForce) {
        RetentionPolicy p = inForce.get(RecordKind.CREDIT_REPORT_COMPLAINT);
        return p == null ? null : p.businessCategory();
    }

    /** The day a record must have ended before to have expired: the run's day, so many years back, in Beijing. */
    static Instant cutoff(Instant asOf, int years) {
        return ZonedDateTime.ofInstant(asOf, TimeSource.BANK_ZONE).minusYears(years).toInstant();
    }
}
