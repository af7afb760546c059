package com.servicedesk.followup;

import com.servicedesk.audit.AuditEvent;
import com.servicedesk.audit.AuditTrail;
import com.servicedesk.calendar.HolidayCalendarService;
import com.servicedesk.security.Caller;
import com.servicedesk.security.CallerContext;
import com.servicedesk.shared.Role;
import com.servicedesk.shared.ConflictException;
import com.servicedesk.shared.InvalidInputException;
import com.servicedesk.shared.JsonSupport;
import com.servicedesk.shared.Page;
import com.servicedesk.shared.PageRequest;
import com.servicedesk.shared.RecordNotFoundException;
import com.servicedesk.shared.StaleVersionException;
import com.servicedesk.shared.TimeSource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Follow-up tasks and their return visits (回访): the queues of open tasks, recording an attempt or
 * the survey of a reached customer, raising an improvement action when a score is low, closing a task
 * as unreachable after the method's attempts, and the satisfaction index per branch.
 */
@Stateless
@RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.AUDITOR_NAME})
public class FollowUpService {

    /** Which tasks to list: the caller's own, the caller's branches', or only those overdue. */
    public enum Queue {
        MINE, BRANCH, OVERDUE
    }

    /** One call to the customer: reached with the survey's answers, or not reached. */
    public record VisitInput(boolean reached, VisitChannel channel, SurveyAnswers answers) {
    }

    public static final String AUDIT_TYPE = "FollowUp";
    public static final String VISIT_AUDIT_TYPE = "ReturnVisit";
    /** Working days an improvement action raised by a low score has before it falls due. */
    public static final int LOW_SCORE_ACTION_DAYS = 10;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerContext callers;

    @EJB
    private AuditTrail audit;

    @EJB
    private ImprovementService improvements;

    @EJB
    private HolidayCalendarService calendars;

    @Inject
    private TimeSource time;

    @Inject
    private Event<ReturnVisitClosed> closed;

    public Page<FollowUpView> list(Queue queue, FollowUpStatus status, PageRequest page) {
        Caller caller = callers.current();
        caller.requireBusinessAccess();
        Queue q = queue == null ? Queue.MINE : queue;
        FollowUpStatus wanted = q == Queue.OVERDUE ? FollowUpStatus.OPEN : status;
        String where = " where f.customerId = c.id and (:all = true or f.branchCode in :scope)"
                + (q == Queue.MINE ? " and f.assignee = :me" : "")
                + (q == Queue.OVERDUE ? " and f.dueOn < :today" : "")
                + (wanted == null ? "" : " and f.status = :status");
        TypedQuery<Object[]> items = em.createQuery("select f, c.name from FollowUp f, Customer c" + where
                + " order by f.dueOn, f.id", Object[].class);
        TypedQuery<Long> count = em.createQuery("select count(f) from FollowUp f, Customer c" + where, Long.class);
        LocalDate today = time.today();
        for (TypedQuery<?> query : List.of(items, count)) {
            query.setParameter("all", caller.scope().all()).setParameter("scope", caller.scope().queryBranches());
            if (q == Queue.MINE) {
                query.setParameter("me", caller.username());
            }
            if (q == Queue.OVERDUE) {
                query.setParameter("today", today);
            }
            if (wanted != null) {
                query.setParameter("status", wanted);
            }
        }
        SatisfactionMethod method = method();
        List<FollowUpView> views = items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultStream()
                .map(row -> view((FollowUp) row[0], (String) row[1], method, today)).toList();
        return new Page<>(views, page.page(), page.size(), count.getSingleResult());
    }

    public FollowUpView get(long id) {
        FollowUp f = load(callers.current(), id);
        return view(f, customerName(f.customerId()), method(), time.today());
    }

    /**
     * Records one call of the return visit. A reached customer's answers complete the visit and the
     * task; a score at or below the method's low mark raises an improvement action for the branch; the
     * last allowed unanswered attempt closes the task as unreachable.
     */
    @RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME})
    public FollowUpView recordVisit(long followUpId, Long expectedVersion, VisitInput input) {
        Caller caller = callers.current();
        caller.requireBusinessWrite();
        if (input == null || input.channel() == null) {
            throw new InvalidInputException("channel", "must be one of " + List.of(VisitChannel.values()));
        }
        FollowUp f = load(caller, followUpId);
        if (expectedVersion != null && expectedVersion != f.version()) {
            throw new StaleVersionException("follow-up", followUpId, expectedVersion, f.version());
        }
        if (f.status() != FollowUpStatus.OPEN) {
            throw new ConflictException("follow-up-closed", "this follow-up is already " + f.status());
        }
        if (input.reached() && input.answers() == null) {
            throw new InvalidInputException("answers", "a reached customer's survey answers are required");
        }
        SatisfactionMethod method = method();
        ReturnVisit visit = visitOf(f);
        boolean newVisit = visit == null;
        if (newVisit) {
            visit = new ReturnVisit(f);
            em.persist(visit);
        }
        Instant now = time.now();
        String channel = input.channel().name();
        if (input.reached()) {
            visit.reached(channel, input.answers(), caller.username(), now);
            f.complete(now);
        } else if (visit.notReached(channel, caller.username(), now, method.maxAttempts())) {
            f.closeUnreachable(now);
        }
        em.flush();
        auditVisit(f, visit, method, newVisit);
        if (visit.status() == ReturnVisitStatus.COMPLETED && method.isLow(visit.answers())) {
            raiseForLowScore(f, visit);
        }
        if (f.status() != FollowUpStatus.OPEN) {
            closed.fire(new ReturnVisitClosed(f.sourceType(), f.sourceId(),
                    visit.status() == ReturnVisitStatus.COMPLETED, now));
        }
        return view(f, customerName(f.customerId()), method, time.today());
    }

    /** The visits closed in a period, newest first, within the caller's branches. */
    public Page<ReturnVisitView> visits(String branchCode, LocalDate from, LocalDate to, PageRequest page) {
        Caller caller = callers.current();
        caller.requireBusinessAccess();
        Window window = Window.of(from, to);
        String where = " where v.status <> :open and v.completedAt >= :from and v.completedAt < :to"
                + " and (:all = true or v.branchCode in :scope)" + (branchCode == null ? "" : " and v.branchCode = :b");
        TypedQuery<ReturnVisit> items = em.createQuery("select v from ReturnVisit v" + where
                + " order by v.completedAt desc, v.id desc", ReturnVisit.class);
        TypedQuery<Long> count = em.createQuery("select count(v) from ReturnVisit v" + where, Long.class);
        for (TypedQuery<?> q : List.of(items, count)) {
            q.setParameter("open", ReturnVisitStatus.IN_PROGRESS).setParameter("from", window.start())
                    .setParameter("to", window.end()).setParameter("all", caller.scope().all())
                    .setParameter("scope", caller.scope().queryBranches());
            if (branchCode != null) {
                q.setParameter("b", branchCode);
            }
        }
        SatisfactionMethod method = method();
        return new Page<>(items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultStream()
                .map(v -> ReturnVisitView.of(v, method)).toList(), page.page(), page.size(), count.getSingleResult());
    }

    /** The satisfaction index of each of the caller's branches over a period (both dates included). */
    public List<SatisfactionSummary> satisfaction(LocalDate from, LocalDate to) {
        Caller caller = callers.current();
        caller.requireBusinessAccess();
        Window window = Window.of(from, to);
        SatisfactionMethod method = method();
        Map<String, Tally> tallies = new TreeMap<>();
        em.createQuery("select b.code from Branch b where :all = true or b.code in :scope", String.class)
                .setParameter("all", caller.scope().all()).setParameter("scope", caller.scope().queryBranches())
                .getResultList().forEach(b -> tallies.put(b, new Tally()));
        em.createQuery("select v from ReturnVisit v where v.status <> :open and v.completedAt >= :from"
                        + " and v.completedAt < :to", ReturnVisit.class)
                .setParameter("open", ReturnVisitStatus.IN_PROGRESS)
                .setParameter("from", window.start()).setParameter("to", window.end())
                .getResultStream()
                .filter(v -> tallies.containsKey(v.branchCode()))
                .forEach(v -> tallies.get(v.branchCode()).add(v, method));
        List<SatisfactionSummary> result = new ArrayList<>();
        tallies.forEach((branch, t) -> result.add(t.summary(branch)));
        return result;
    }

    /** The method in force. */
    public SatisfactionMethod method() {
        return em.createQuery("select m from SatisfactionMethod m where m.active = true order by m.code",
                SatisfactionMethod.class).setMaxResults(1).getSingleResult();
    }

    private void raiseForLowScore(FollowUp f, ReturnVisit visit) {
        SurveyAnswers a = visit.answers();
        String owner = callers.responsibleFor(f.branchCode(), null);
        ImprovementAction action = improvements.raiseFor(new ImprovementService.NewAction(
                "回访低分整改：" + f.sourceRef(),
                "回访 " + f.sourceRef() + " 得分偏低（响应速度 " + a.speed() + "，专业性 " + a.professionalism()
                        + "，个性化 " + a.personalisation() + "，总体 " + a.overall() + "）"
                        + (a.words() == null ? "" : "。客户原话：" + a.words()),
                owner, calendars.calendar().plusWorkingDays(time.today(), LOW_SCORE_ACTION_DAYS),
                f.branchCode(), ImprovementAction.Origin.RETURN_VISIT,
                List.of(new ImprovementAction.Source(VISIT_AUDIT_TYPE, String.valueOf(visit.id()), f.sourceRef()),
                        new ImprovementAction.Source(f.sourceType(), String.valueOf(f.sourceId()), f.sourceRef()))),
                "system");
        audit.record(AuditEvent.of(VISIT_AUDIT_TYPE, visit.id(), "LOW_SCORE")
                .withDetail(JsonSupport.JSON.createObjectBuilder().add("improvementAction", action.id()).add("owner", owner)
                        .build().toString()));
    }

    private void auditVisit(FollowUp f, ReturnVisit visit, SatisfactionMethod method, boolean newVisit) {
        JsonObjectBuilder after = JsonSupport.JSON.createObjectBuilder().add("status", visit.status().name())
                .add("attempts", visit.attempts()).add("channel", visit.channel());
        SurveyAnswers a = visit.answers();
        if (a != null) {
            after.add("speed", a.speed()).add("professionalism", a.professionalism())
                    .add("personalisation", a.personalisation()).add("overall", a.overall()).add("nps", a.nps())
                    .add("index", method.index(a));
        }
        String action = switch (visit.status()) {
            case COMPLETED -> "COMPLETE";
            case UNREACHABLE -> "UNREACHABLE";
            case IN_PROGRESS -> "ATTEMPT";
        };
        audit.record(AuditEvent.of(VISIT_AUDIT_TYPE, visit.id(), action)
                .withStates(newVisit ? null : "{\"status\":\"IN_PROGRESS\"}", after.build().toString()));
        if (f.status() != FollowUpStatus.OPEN) {
            audit.record(AuditEvent.of(AUDIT_TYPE, f.id(), f.status() == FollowUpStatus.DONE ? "COMPLETE" : "CLOSE_UNREACHABLE")
                    .withStates("{\"status\":\"OPEN\"}", "{\"status\":\"" + f.status() + "\"}"));
        }
    }

    private FollowUpView view(FollowUp f, String customerName, SatisfactionMethod method, LocalDate today) {
        ReturnVisit visit = visitOf(f);
        return FollowUpView.of(f, customerName, visit == null ? null : ReturnVisitView.of(visit, method), today);
    }

    private ReturnVisit visitOf(FollowUp f) {
        return em.createQuery("select v from ReturnVisit v where v.followUpId = :f", ReturnVisit.class)
                .setParameter("f", f.id()).getResultStream().findFirst().orElse(null);
    }

    private String customerName(long customerId) {
        return em.createQuery("select c.name from Customer c where c.id = :id", String.class)
                .setParameter("id", customerId).getResultStream().findFirst().orElse(null);
    }

    private FollowUp load(Caller caller, long id) {
        caller.requireBusinessAccess();
        FollowUp f = em.find(FollowUp.class, id);
        if (f == null || !caller.scope().includes(f.branchCode())) {
            throw new RecordNotFoundException("follow-up", id);
        }
        return f;
    }

    /** A period of whole days in the bank's zone, as instants: [start, end). */
    record Window(Instant start, Instant end) {
        static Window of(LocalDate from, LocalDate to) {
            if (from == null || to == null) {
                throw new InvalidInputException("from", "both from and to dates are required");
            }
            if (to.isBefore(from)) {
                throw new InvalidInputException("to", "must not be before from");
            }
            return new Window(from.atStartOfDay(TimeSource.BANK_ZONE).toInstant(),
                    to.plusDays(1).atStartOfDay(TimeSource.BANK_ZONE).toInstant());
        }
    }

    /** Running counts of one branch's closed visits. */
    private static final class Tally {
        private long closed;
        private long reached;
        private long promoters;
        private long detractors;
        private BigDecimal indexSum = BigDecimal.ZERO;

        void add(ReturnVisit v, SatisfactionMethod method) {
            closed++;
            SurveyAnswers a = v.answers();
            if (a != null) {
                reached++;
                indexSum = indexSum.add(method.index(a));
                if (a.nps() >= 9) {
                    promoters++;
                } else if (a.nps() <= 6) {
                    detractors++;
                }
            }
        }

        SatisfactionSummary summary(String branch) {
            BigDecimal hundred = BigDecimal.valueOf(100);
            return new SatisfactionSummary(branch, closed, reached, closed - reached,
                    closed == 0 ? null : hundred.multiply(BigDecimal.valueOf(reached))
                            .divide(BigDecimal.valueOf(closed), 2, RoundingMode.HALF_UP),
                    reached == 0 ? null : indexSum.divide(BigDecimal.valueOf(reached), 2, RoundingMode.HALF_UP),
                    reached == 0 ? null : hundred.multiply(BigDecimal.valueOf(promoters - detractors))
                            .divide(BigDecimal.valueOf(reached), 1, RoundingMode.HALF_UP),
                    promoters, detractors);
        }
    }
}
