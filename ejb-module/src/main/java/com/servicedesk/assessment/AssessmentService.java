package com.servicedesk.assessment;

import com.servicedesk.audit.AuditEvent;
import com.servicedesk.audit.AuditTrail;
import com.servicedesk.calendar.HolidayCalendarService;
import com.servicedesk.events.DomainEvent;
import com.servicedesk.events.DomainEventType;
import com.servicedesk.events.DomainEvents;
import com.servicedesk.followup.ImprovementAction;
import com.servicedesk.followup.ImprovementService;
import com.servicedesk.platform.Job;
import com.servicedesk.platform.Jobs;
import com.servicedesk.security.Caller;
import com.servicedesk.security.CallerContext;
import com.servicedesk.shared.Role;
import com.servicedesk.shared.ConflictException;
import com.servicedesk.shared.InvalidInputException;
import com.servicedesk.shared.InvalidInputException.Violation;
import com.servicedesk.shared.JsonSupport;
import com.servicedesk.shared.RecordNotFoundException;
import com.servicedesk.shared.StaleVersionException;
import com.servicedesk.shared.TimeSource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Assessment use cases: versioned standards, periods, computing (in the background, with progress),
 * results by branch and by staff with the records behind each KPI, review and approval, and the
 * improvement plans that approval raises for every result below 合格.
 */
@Stateless
@RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
public class AssessmentService {

    static final String PERIOD_AUDIT_TYPE = "AssessmentPeriod";
    static final String STANDARD_AUDIT_TYPE = "AssessmentStandard";
    /** Working days an improvement plan raised by a failing result has. */
    static final int PLAN_WORKING_DAYS = 20;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private DomainEvents events;

    @EJB
    private CallerContext callers;

    @EJB
    private AuditTrail audit;

    @EJB
    private AssessmentComputation computation;

    @EJB
    private ImprovementService improvements;

    @EJB
    private HolidayCalendarService calendars;

    @EJB
    private KpiMeasures measures;

    @Inject
    private Jobs jobs;

    @Inject
    private TimeSource time;

    // ---- standards ----

    /** Every version of every standard, newest first. */
    public List<StandardView> standards() {
        return em.createQuery("select s from AssessmentStandard s order by s.code, s.versionNo desc",
                AssessmentStandard.class).getResultStream().map(StandardView::of).toList();
    }

    public StandardView standard(long id) {
        return StandardView.of(loadStandard(id));
    }

    /**
     * Adds the next version of a standard. The weights must add up to 1, each formula appear once,
     * targets be positive and the grade bands name every grade, 不合格 from 0.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public StandardView createStandard(StandardView input) {
        validate(input);
        int next = em.createQuery("select coalesce(max(s.versionNo), 0) from AssessmentStandard s where s.code = :c",
                Integer.class).setParameter("c", input.code()).getSingleResult() + 1;
        List<Kpi> kpis = new ArrayList<>();
        for (int i = 0; i < input.kpis().size(); i++) {
            StandardView.KpiView k = input.kpis().get(i);
            kpis.add(new Kpi(k.code().strip(), k.formula(), k.nameZh().strip(), k.nameEn().strip(),
                    k.definition().strip(), k.target(), k.weight(), k.direction(), k.appliesTo(), i + 1));
        }
        AssessmentStandard standard = new AssessmentStandard(input.code(), next, input.nameZh().strip(),
                input.nameEn().strip(), input.effectiveFrom(), callers.current().username(), kpis,
                input.bands().stream().map(b -> new GradeBand(b.grade(), b.nameZh(), b.minScore())).toList());
        em.persist(standard);
        em.flush();
        audit.record(AuditEvent.of(STANDARD_AUDIT_TYPE, standard.id(), "CREATE").withDetail(JsonSupport.JSON.createObjectBuilder()
                .add("code", standard.code()).add("version", next).add("kpis", kpis.size())
                .add("effectiveFrom", standard.effectiveFrom().toString()).build().toString()));
        return StandardView.of(standard);
    }

    // ---- periods ----

    @RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.AUDITOR_NAME})
    public List<PeriodView> periods() {
        return em.createQuery("select p from AssessmentPeriod p order by p.startsOn desc, p.kind, p.id",
                AssessmentPeriod.class).getResultStream().map(this::view).toList();
    }

    @RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.AUDITOR_NAME})
    public PeriodView period(long id) {
        return view(loadPeriod(id));
    }

    /** Opens a period, scored under the latest version of the standard in force on its first day. */
    @RolesAllowed(Role.MANAGER_NAME)
    public PeriodView createPeriod(PeriodKind kind, String label) {
        return view(open(kind, label, callers.current().username()));
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public AssessmentPeriod open(PeriodKind kind, String label, String by) {
        AssessmentPeriod probe = new AssessmentPeriod(kind, label, 0);
        if (probe.startsOn().isAfter(time.today())) {
            throw new InvalidInputException("label", "period " + probe.label() + " has not begun yet");
        }
        if (!em.createQuery("select p.id from AssessmentPeriod p where p.label = :l", Long.class)
                .setParameter("l", probe.label()).getResultList().isEmpty()) {
            throw new ConflictException("period-exists", "period " + probe.label() + " already exists");
        }
        AssessmentStandard standard = em.createQuery("select s from AssessmentStandard s where s.effectiveFrom <= :d"
                        + " order by s.effectiveFrom desc, s.versionNo desc", AssessmentStandard.class)
                .setParameter("d", probe.startsOn()).setMaxResults(1).getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInputException("label", "no assessment standard is in force on "
                        + probe.startsOn()));
        AssessmentPeriod period = new AssessmentPeriod(kind, label, standard.id());
        em.persist(period);
        em.flush();
        audit.recordAs(by, AuditEvent.of(PERIOD_AUDIT_TYPE, period.id(), "CREATE").withStates(null,
                "{\"status\":\"OPEN\",\"label\":\"" + period.label() + "\",\"standard\":\""
                        + standard.code() + " v" + standard.versionNo() + "\"}"));
        return period;
    }

    /** Starts computing a period in the background; refused once the period is approved. */
    @RolesAllowed(Role.MANAGER_NAME)
    public Job compute(long periodId) {
        AssessmentPeriod period = loadPeriod(periodId);
        period.requireUnlocked();
        String by = callers.current().username();
        Job job = jobs.start(AssessmentComputation.JOB_KIND, String.valueOf(periodId), by, 0);
        computation.run(job.id(), periodId, by);
        return job;
    }

    /** The latest computation of a period, if one ran since the server started. */
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.AUDITOR_NAME})
    public Job computeJob(long periodId, String jobId) {
        Job job = jobId == null
                ? jobs.of(AssessmentComputation.JOB_KIND, String.valueOf(periodId)).stream().findFirst()
                        .orElseThrow(() -> new RecordNotFoundException("computation of period", periodId))
                : jobs.get(jobId);
        if (!job.kind().equals(AssessmentComputation.JOB_KIND) || !job.subject().equals(String.valueOf(periodId))) {
            throw new RecordNotFoundException("computation of period", periodId);
        }
        return job;
    }

    @RolesAllowed(Role.MANAGER_NAME)
    public PeriodView review(long periodId, Long expectedVersion, String comment) {
        AssessmentPeriod period = lockPeriod(periodId, expectedVersion);
        if (comment == null || comment.isBlank()) {
            throw new InvalidInputException("comment", "a review comment is required");
        }
        period.review(comment);
        em.flush();
        audit.record(AuditEvent.of(PERIOD_AUDIT_TYPE, periodId, "REVIEW")
                .withDetail(JsonSupport.JSON.createObjectBuilder().add("comment", comment).build().toString()));
        return view(period);
    }

    /**
     * Approves and locks a computed period, and applies its results: each result below 合格 gets an
     * improvement plan owned by whoever answers for the subject's branch.
     */
    @RolesAllowed(Role.MANAGER_NAME)
    public PeriodView approve(long periodId, Long expectedVersion, String comment) {
        return view(approveAs(periodId, expectedVersion, comment, callers.current().username()));
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public AssessmentPeriod approveAs(long periodId, Long expectedVersion, String comment, String by) {
        AssessmentPeriod period = lockPeriod(periodId, expectedVersion);
        if (period.status() != PeriodStatus.COMPUTED) {
            period.requireUnlocked();
            throw new ConflictException("period-not-computed", "compute period " + period.label() + " before approving it");
        }
        Instant now = time.now();
        period.approve(by, now, comment);
        int plans = 0;
        LocalDate due = calendars.calendar().plusWorkingDays(LocalDate.ofInstant(now, TimeSource.BANK_ZONE),
                PLAN_WORKING_DAYS);
        Map<String, String> names = names();
        for (AssessmentResult r : results(periodId)) {
            if (r.grade().failing() && r.improvementActionId() == null) {
                r.planned(plan(period, r, names, due, by).id());
                plans++;
            }
        }
        em.flush();
        audit.recordAs(by, AuditEvent.of(PERIOD_AUDIT_TYPE, periodId, "APPROVE")
                .withStates("{\"status\":\"COMPUTED\"}", "{\"status\":\"APPROVED\"}")
                .withDetail(JsonSupport.JSON.createObjectBuilder().add("comment", period.reviewComment() == null ? ""
                        : period.reviewComment()).add("improvementPlans", plans).build().toString()));
        events.record(DomainEventType.ASSESSMENT_PERIOD_APPROVED, "assessment-period", periodId, period.label(),
                period.version(), DomainEvent.data("status", period.status().name(), "kind", period.kind().name(),
                        "improvementPlans", plans));
        return period;
    }

    // ---- results ----

    /** A period's results of one type, in rank order, within the caller's branches; optionally one branch's. */
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.AUDITOR_NAME})
    public List<ResultView> results(long periodId, SubjectType type, String branchCode) {
        AssessmentPeriod period = loadPeriod(periodId);
        Caller caller = callers.current();
        AssessmentStandard standard = em.find(AssessmentStandard.class, period.standardId());
        Map<String, String> names = names();
        return results(periodId).stream()
                .filter(r -> type == null || r.subjectType() == type)
                .filter(r -> branchCode == null || r.branchCode().equals(branchCode))
                .filter(r -> caller.scope().includes(r.branchCode()))
                .map(r -> view(r, standard, names))
                .toList();
    }

    @RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.AUDITOR_NAME})
    public ResultView result(long periodId, long resultId) {
        AssessmentResult r = loadResult(periodId, resultId);
        return view(r, em.find(AssessmentStandard.class, loadPeriod(periodId).standardId()), names());
    }

    /** The records behind one KPI of one result, read again from the database. */
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.AUDITOR_NAME})
    public List<KpiRecord> records(long periodId, long resultId, String kpiCode) {
        AssessmentResult r = loadResult(periodId, resultId);
        AssessmentPeriod period = loadPeriod(periodId);
        Kpi kpi = em.find(AssessmentStandard.class, period.standardId()).kpis().stream()
                .filter(k -> k.code().equals(kpiCode)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("KPI", kpiCode));
        if (!kpi.appliesTo().includes(r.subjectType())) {
            return List.of();
        }
        Instant asOf = period.computedAt() == null ? time.now() : period.computedAt();
        AssessmentCalculator.Subject subject = new AssessmentCalculator.Subject(r.subjectType(), r.subject(),
                r.branchCode());
        return measures.records(kpi.formula(), KpiMeasures.Window.of(period.startsOn(), period.endsOn(), asOf))
                .stream().filter(rec -> rec.countsFor(subject)).toList();
    }

    /** Everything the formal report and the workbook of a period need. */
    @RolesAllowed({Role.MANAGER_NAME, Role.AUDITOR_NAME})
    public AssessmentReportData reportData(long periodId) {
        PeriodView period = period(periodId);
        if (period.status() == PeriodStatus.OPEN) {
            throw new ConflictException("period-not-computed", "period " + period.label() + " has no results yet");
        }
        AssessmentStandard standard = em.find(AssessmentStandard.class, period.standardId());
        Map<String, String> names = names();
        List<ResultView> all = results(periodId).stream().map(r -> view(r, standard, names)).toList();
        Map<Grade, Long> counts = new EnumMap<>(Grade.class);
        for (Grade g : Grade.values()) {
            counts.put(g, all.stream().filter(r -> r.grade() == g).count());
        }
        return new AssessmentReportData(period, StandardView.of(standard),
                all.stream().filter(r -> r.subjectType() == SubjectType.BRANCH).toList(),
                all.stream().filter(r -> r.subjectType() == SubjectType.STAFF).toList(), counts, time.now());
    }

    // ---- internals ----

    private ImprovementAction plan(AssessmentPeriod period, AssessmentResult r, Map<String, String> names,
                                   LocalDate due, String by) {
        boolean staff = r.subjectType() == SubjectType.STAFF;
        String owner = callers.responsibleFor(r.branchCode(), staff ? r.subject() : null);
        String who = names.getOrDefault(r.subject(), r.subject());
        String weakest = r.kpis().stream().filter(ResultKpi::applicable)
                .sorted(Comparator.comparing(ResultKpi::score)).limit(3)
                .map(k -> k.kpiCode() + " " + k.score().toPlainString()).collect(Collectors.joining("，"));
        String ref = period.label() + "/" + r.subject();
        return improvements.raiseFor(new ImprovementService.NewAction(
                "考核不合格整改：" + period.label() + " " + who,
                who + " 在 " + period.label() + " 考核中总分 " + r.totalScore().toPlainString() + "，评为不合格。"
                        + "得分最低的指标：" + weakest + "。请制定并落实改进计划。",
                owner, due, r.branchCode(), ImprovementAction.Origin.ASSESSMENT,
                List.of(new ImprovementAction.Source("AssessmentResult", String.valueOf(r.id()), ref))), by);
    }

    private List<AssessmentResult> results(long periodId) {
        return em.createQuery("select r from AssessmentResult r where r.periodId = :p"
                        + " order by r.subjectType, r.rank, r.subject", AssessmentResult.class)
                .setParameter("p", periodId).getResultList();
    }

    private ResultView view(AssessmentResult r, AssessmentStandard standard, Map<String, String> names) {
        Map<String, ResultKpi> byCode = new HashMap<>();
        r.kpis().forEach(k -> byCode.put(k.kpiCode(), k));
        List<ResultView.KpiResult> kpis = new ArrayList<>();
        for (Kpi k : standard.kpis()) {
            ResultKpi rk = byCode.get(k.code());
            if (rk != null) {
                kpis.add(new ResultView.KpiResult(k.code(), k.nameZh(), k.nameEn(), k.formula().unit(), k.target(),
                        k.direction(), k.weight(), rk.applicable(), rk.numerator(), rk.denominator(),
                        rk.value() == null ? null : rk.value().setScale(KpiScoring.SCALE, KpiScoring.ROUNDING),
                        rk.score()));
            }
        }
        String gradeName = standard.bands().stream().filter(b -> b.grade() == r.grade()).map(GradeBand::nameZh)
                .findFirst().orElse(r.grade().name());
        return new ResultView(r.id(), r.periodId(), r.subjectType(), r.subject(),
                names.getOrDefault(r.subject(), r.subject()), r.branchCode(), r.totalScore(), r.grade(), gradeName,
                r.rank(), r.improvementActionId(), kpis);
    }

    private PeriodView view(AssessmentPeriod p) {
        AssessmentStandard s = em.find(AssessmentStandard.class, p.standardId());
        List<AssessmentResult> results = results(p.id());
        return new PeriodView(p.id(), p.kind(), p.label(), p.startsOn(), p.endsOn(), p.standardId(),
                s.code() + " v" + s.versionNo(), p.status(), p.computedAt(), p.computedBy(), p.reviewComment(),
                p.approvedBy(), p.approvedAt(), results.size(), results.stream().filter(r -> r.grade().failing()).count(),
                results.isEmpty() ? null : ResultDigest.of(results), p.version());
    }

    /** Display names of branches and staff. */
    private Map<String, String> names() {
        Map<String, String> names = new HashMap<>();
        em.createQuery("select b.code, b.nameZh from Branch b", Object[].class).getResultList()
                .forEach(row -> names.put((String) row[0], (String) row[1]));
        em.createQuery("select u.username, u.displayName from StaffUser u", Object[].class).getResultList()
                .forEach(row -> names.put((String) row[0], (String) row[1]));
        return names;
    }

    private AssessmentStandard loadStandard(long id) {
        AssessmentStandard s = em.find(AssessmentStandard.class, id);
        if (s == null) {
            throw new RecordNotFoundException("assessment standard", id);
        }
        return s;
    }

    private AssessmentPeriod loadPeriod(long id) {
        AssessmentPeriod p = em.find(AssessmentPeriod.class, id);
        if (p == null) {
            throw new RecordNotFoundException("assessment period", id);
        }
        return p;
    }

    private AssessmentPeriod lockPeriod(long id, Long expectedVersion) {
        AssessmentPeriod p = em.find(AssessmentPeriod.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (p == null) {
            throw new RecordNotFoundException("assessment period", id);
        }
        p.requireUnlocked();
        if (expectedVersion != null && expectedVersion != p.version()) {
            throw new StaleVersionException("assessment period", id, expectedVersion, p.version());
        }
        return p;
    }

    private AssessmentResult loadResult(long periodId, long resultId) {
        AssessmentResult r = em.find(AssessmentResult.class, resultId);
        if (r == null || r.periodId() != periodId || !callers.current().scope().includes(r.branchCode())) {
            throw new RecordNotFoundException("assessment result", resultId);
        }
        return r;
    }

    private static void validate(StandardView s) {
        List<Violation> v = new ArrayList<>();
        if (s.code() == null || !s.code().matches("[A-Z][A-Z0-9_]{1,31}")) {
            v.add(new Violation("code", "must be 2-32 capital letters, digits or underscores"));
        }
        if (blank(s.nameZh()) || blank(s.nameEn())) {
            v.add(new Violation("name", "both the Chinese and the English name are required"));
        }
        if (s.effectiveFrom() == null) {
            v.add(new Violation("effectiveFrom", "is required"));
        }
        if (s.kpis() == null || s.kpis().isEmpty()) {
            v.add(new Violation("kpis", "a standard has at least one KPI"));
        } else {
            BigDecimal weights = BigDecimal.ZERO;
            Set<String> codes = new HashSet<>();
            Set<KpiFormula> formulas = new HashSet<>();
            for (int i = 0; i < s.kpis().size(); i++) {
                StandardView.KpiView k = s.kpis().get(i);
                String at = "kpis[" + i + "]";
                if (k.code() == null || !k.code().matches("[A-Z][A-Z0-9_]{1,39}") || !codes.add(k.code())) {
                    v.add(new Violation(at + ".code", "must be a distinct code of capital letters, digits and underscores"));
                }
                if (k.formula() == null || !formulas.add(k.formula())) {
                    v.add(new Violation(at + ".formula", "must be one of " + List.of(KpiFormula.values())
                            + ", each used once"));
                }
                if (blank(k.nameZh()) || blank(k.nameEn()) || blank(k.definition())) {
                    v.add(new Violation(at, "names and definition are required"));
                }
                if (k.target() == null || k.target().signum() <= 0) {
                    v.add(new Violation(at + ".target", "must be greater than 0"));
                }
                if (k.weight() == null || k.weight().signum() <= 0 || k.weight().scale() > 4) {
                    v.add(new Violation(at + ".weight", "must be greater than 0, with at most 4 decimals"));
                } else {
                    weights = weights.add(k.weight());
                }
                if (k.direction() == null || k.appliesTo() == null) {
                    v.add(new Violation(at, "direction (HIGHER/LOWER) and appliesTo (BRANCH/STAFF/BOTH) are required"));
                }
            }
            if (weights.compareTo(BigDecimal.ONE) != 0) {
                v.add(new Violation("kpis", "the weights add up to " + weights.toPlainString() + ", not 1"));
            }
        }
        validateBands(s.bands(), v);
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
    }

    private static void validateBands(List<StandardView.BandView> bands, List<Violation> v) {
        if (bands == null || bands.size() != Grade.values().length
                || bands.stream().map(StandardView.BandView::grade).distinct().count() != Grade.values().length) {
            v.add(new Violation("bands", "name each grade " + List.of(Grade.values()) + " once"));
            return;
        }
        Map<Grade, BigDecimal> min = new EnumMap<>(Grade.class);
        bands.forEach(b -> min.put(b.grade(), b.minScore()));
        if (min.values().stream().anyMatch(m -> m == null || m.signum() < 0 || m.compareTo(BigDecimal.valueOf(100)) > 0)) {
            v.add(new Violation("bands", "each lower bound is between 0 and 100"));
            return;
        }
        if (min.get(Grade.FAIL).signum() != 0) {
            v.add(new Violation("bands", "FAIL starts at 0"));
        }
        Grade[] order = Grade.values();
        for (int i = 1; i < order.length; i++) {
            if (min.get(order[i - 1]).compareTo(min.get(order[i])) <= 0) {
                v.add(new Violation("bands", order[i - 1] + " must start above " + order[i]));
            }
        }
        if (bands.stream().anyMatch(b -> blank(b.nameZh()))) {
            v.add(new Violation("bands", "each grade has its Chinese name"));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
