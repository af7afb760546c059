package com.servicedesk.demo;

import com.servicedesk.followup.FollowUp;
import com.servicedesk.followup.FollowUpService;
import com.servicedesk.followup.FollowUpStatus;
import com.servicedesk.followup.ImprovementAction;
import com.servicedesk.followup.ImprovementService;
import com.servicedesk.followup.ReturnVisit;
import com.servicedesk.followup.ReturnVisitStatus;
import com.servicedesk.followup.SatisfactionMethod;
import com.servicedesk.followup.SurveyAnswers;
import com.servicedesk.followup.VisitChannel;

import com.servicedesk.demo.DemoTeams.Team;
import com.servicedesk.audit.AuditEvent;
import com.servicedesk.calendar.HolidayCalendar;
import com.servicedesk.calendar.HolidayCalendarService;
import com.servicedesk.security.Caller;
import com.servicedesk.shared.JsonSupport;
import com.servicedesk.shared.TimeSource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Return visits for the demo's follow-ups — most customers reached and surveyed, some unreachable
 * after three calls, a few tasks left overdue — and the improvement actions that low scores and
 * complaints' root causes called for, worked, completed (mostly on time) and checked.
 */
@ApplicationScoped
public class DemoFollowUps implements DemoDataContributor {

    private static final Map<Integer, Integer> OVERALL = weights(5, 50, 4, 32, 3, 11, 2, 5, 1, 2);
    private static final List<String> PRAISE = List.of("办理很快，工作人员很耐心。", "解释得很清楚，谢谢。",
            "客户经理主动回电，体验很好。", "问题一次就解决了。");
    private static final List<String> COMPLAINTS = List.of("等了很久才有人联系我。", "说明不够清楚，跑了两趟。",
            "希望能有专人跟进，不要每次都重新说明。", "电话总是占线。");
    private static final int ROOT_CAUSE_ACTIONS = 12;
    private static final int BATCH = 200;
    private static final int RECENT_DAYS = 14;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private DemoHistory audit;

    @EJB
    private HolidayCalendarService calendars;

    @Inject
    private DemoTeams teams;

    @Inject
    private TimeSource time;

    @Override
    public String name() {
        return "follow-ups";
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public int seed(DemoRandom random) {
        Instant now = time.now();
        HolidayCalendar calendar = calendars.calendar();
        SatisfactionMethod method = em.createQuery("select m from SatisfactionMethod m where m.active = true",
                SatisfactionMethod.class).getSingleResult();
        Map<String, Team> byBranch = teams.byBranch();
        List<Long> ids = em.createQuery("select f.id from FollowUp f order by f.id", Long.class).getResultList();
        int records = 0;
        for (int from = 0; from < ids.size(); from += BATCH) {
            for (FollowUp f : em.createQuery("select f from FollowUp f where f.id in :ids order by f.id", FollowUp.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + BATCH))).getResultList()) {
                records += visit(f, byBranch.get(f.branchCode()), random, method, calendar, now);
            }
            em.flush();
            em.clear();
        }
        em.flush();
        return records + rootCauseActions(random, byBranch, calendar, now);
    }

    private int visit(FollowUp f, Team team, DemoRandom random, SatisfactionMethod method, HolidayCalendar calendar,
                      Instant now) {
        String visitor = f.assignee() == null ? team.agents().get(0).username() : f.assignee();
        if (f.status() == FollowUpStatus.DONE) {
            // The case itself recorded that the customer was called back: that call was the visit.
            return survey(f, visitor, f.completedAt(), random, method, team, calendar, now, false);
        }
        LocalDate today = LocalDate.ofInstant(now, TimeSource.BANK_ZONE);
        if (!"Complaint".equals(f.sourceType()) || f.dueOn().isAfter(today)) {
            return 0;
        }
        Instant start = f.createdAt().plus(Duration.ofHours(random.between(4, 60)));
        boolean recent = f.dueOn().isAfter(today.minusDays(RECENT_DAYS));
        if (start.isAfter(now) || (recent && random.chance(0.3))) {
            return 0;   // some of the last fortnight's visits are still to be made, a few of them overdue
        }
        return random.chance(0.09) ? unreachable(f, visitor, start, method, random, now)
                : survey(f, visitor, start, random, method, team, calendar, now, true);
    }

    private int survey(FollowUp f, String visitor, Instant at, DemoRandom random, SatisfactionMethod method, Team team,
                       HolidayCalendar calendar, Instant now, boolean completesTask) {
        ReturnVisit visit = new ReturnVisit(f);
        int overall = random.weighted(OVERALL);
        SurveyAnswers answers = new SurveyAnswers(near(overall, random), near(overall, random), near(overall, random),
                overall, nps(overall, random), random.chance(0.4)
                        ? random.pick(overall >= 4 ? PRAISE : COMPLAINTS) : null);
        visit.reached(random.chance(0.85) ? VisitChannel.PHONE.name() : VisitChannel.WECHAT.name(), answers, visitor, at);
        em.persist(visit);
        if (completesTask) {
            f.complete(at);
        }
        em.flush();
        audit.recordAt(visitor, at, AuditEvent.of(FollowUpService.VISIT_AUDIT_TYPE, visit.id(), "COMPLETE")
                .withStates(null, JsonSupport.JSON.createObjectBuilder().add("status", "COMPLETED").add("overall", overall)
                        .add("index", method.index(answers)).build().toString()));
        if (completesTask) {
            audit.recordAt(visitor, at, AuditEvent.of(FollowUpService.AUDIT_TYPE, f.id(), "COMPLETE"));
        }
        if (method.isLow(answers)) {
            lowScoreAction(f, visit, answers, team, calendar, at, now, random);
            return 2;
        }
        return 1;
    }

    private int unreachable(FollowUp f, String visitor, Instant start, SatisfactionMethod method, DemoRandom random,
                            Instant now) {
        ReturnVisit visit = new ReturnVisit(f);
        em.persist(visit);
        Instant at = start;
        for (int i = 0; i < method.maxAttempts() && !at.isAfter(now); i++) {
            if (visit.notReached(VisitChannel.PHONE.name(), visitor, at, method.maxAttempts())) {
                f.closeUnreachable(at);
            }
            at = at.plus(Duration.ofHours(random.between(20, 30)));
        }
        em.flush();
        audit.recordAt(visitor, visit.completedAt() == null ? start : visit.completedAt(),
                AuditEvent.of(FollowUpService.VISIT_AUDIT_TYPE, visit.id(),
                        visit.status() == ReturnVisitStatus.UNREACHABLE ? "UNREACHABLE" : "ATTEMPT"));
        return 1;
    }

    private void lowScoreAction(FollowUp f, ReturnVisit visit, SurveyAnswers a, Team team, HolidayCalendar calendar,
                                Instant at, Instant now, DemoRandom random) {
        LocalDate raised = LocalDate.ofInstant(at, TimeSource.BANK_ZONE);
        ImprovementAction action = new ImprovementAction("回访低分整改：" + f.sourceRef(),
                "回访 " + f.sourceRef() + " 得分偏低（总体 " + a.overall() + "）" + (a.words() == null ? "" : "。客户原话："
                        + a.words()), ImprovementAction.Origin.RETURN_VISIT, f.branchCode(), team.supervisor().username(),
                calendar.plusWorkingDays(raised, FollowUpService.LOW_SCORE_ACTION_DAYS), "system", at,
                List.of(new ImprovementAction.Source(FollowUpService.VISIT_AUDIT_TYPE, String.valueOf(visit.id()),
                        f.sourceRef()), new ImprovementAction.Source(f.sourceType(), String.valueOf(f.sourceId()),
                        f.sourceRef())));
        em.persist(action);
        em.flush();
        audit.recordAt("system", at, AuditEvent.of(ImprovementService.AUDIT_TYPE, action.id(), "RAISE"));
        work(action, team, random, now);
    }

    /** Walks an action as its owner and a manager would have: mostly done on time and later checked. */
    private void work(ImprovementAction action, Team team, DemoRandom random, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, TimeSource.BANK_ZONE);
        LocalDate created = LocalDate.ofInstant(action.createdAt(), TimeSource.BANK_ZONE);
        long span = Math.max(1, action.dueOn().toEpochDay() - created.toEpochDay());
        LocalDate doneOn = random.chance(0.85) ? created.plusDays(1 + random.nextInt((int) span))
                : action.dueOn().plusDays(1 + random.nextInt(10));
        LocalDate startedOn = created.plusDays(1);
        if (startedOn.isAfter(today)) {
            return;
        }
        action.start(Caller.SYSTEM);
        audit.recordAt(action.owner(), instant(startedOn), AuditEvent.of(ImprovementService.AUDIT_TYPE, action.id(), "START"));
        if (doneOn.isAfter(today) || random.chance(0.05)) {
            return;
        }
        action.complete(Caller.SYSTEM, doneOn);
        audit.recordAt(action.owner(), instant(doneOn), AuditEvent.of(ImprovementService.AUDIT_TYPE, action.id(), "COMPLETE"));
        LocalDate checkedOn = doneOn.plusDays(14);
        if (!checkedOn.isAfter(today)) {
            boolean effective = random.chance(0.85);
            action.check(team.manager(), effective ? ImprovementAction.CheckResult.EFFECTIVE
                    : ImprovementAction.CheckResult.NOT_EFFECTIVE, effective ? "复查两周内同类问题未再发生。" : "同类问题仍有发生，需进一步改进。");
            audit.recordAt(team.manager().username(), instant(checkedOn),
                    AuditEvent.of(ImprovementService.AUDIT_TYPE, action.id(), "CHECK"));
        }
    }

    private int rootCauseActions(DemoRandom random, Map<String, Team> byBranch, HolidayCalendar calendar, Instant now) {
        List<Object[]> complaints = em.createQuery("select c.id, c.reference, c.resolution.rootCause, c.branchCode, c.reply.closedAt"
                + " from Complaint c where c.resolution.rootCause is not null and c.reply.closedAt is not null order by c.id", Object[].class)
                .getResultList();
        int made = 0;
        for (int i = 0; i < ROOT_CAUSE_ACTIONS && !complaints.isEmpty(); i++) {
            Object[] c = complaints.get(random.nextInt(complaints.size()));
            Team team = byBranch.get((String) c[3]);
            Instant at = ((Instant) c[4]).plus(Duration.ofHours(random.between(2, 48)));
            if (at.isAfter(now)) {
                continue;
            }
            Caller owner = random.chance(0.5) ? team.supervisor() : random.pick(team.agents());
            ImprovementAction action = new ImprovementAction("根因整改：" + c[2], "投诉 " + c[1] + " 的根本原因：" + c[2]
                    + "。整改措施：梳理相关流程与告知话术，完成全员培训。", ImprovementAction.Origin.COMPLAINT_ROOT_CAUSE,
                    (String) c[3], owner.username(),
                    calendar.plusWorkingDays(LocalDate.ofInstant(at, TimeSource.BANK_ZONE), 15),
                    team.supervisor().username(), at,
                    List.of(new ImprovementAction.Source("Complaint", String.valueOf(c[0]), (String) c[1])));
            em.persist(action);
            em.flush();
            audit.recordAt(team.supervisor().username(), at,
                    AuditEvent.of(ImprovementService.AUDIT_TYPE, action.id(), "RAISE"));
            work(action, team, random, now);
            made++;
        }
        return made;
    }

    private static Instant instant(LocalDate day) {
        return day.atTime(15, 0).atZone(TimeSource.BANK_ZONE).toInstant();
    }

    private static int near(int overall, DemoRandom random) {
        return Math.max(1, Math.min(5, overall + random.between(-1, 1) * (random.chance(0.4) ? 1 : 0)));
    }

    private static int nps(int overall, DemoRandom random) {
        return switch (overall) {
            case 5 -> random.between(9, 10);
            case 4 -> random.between(7, 9);
            case 3 -> random.between(5, 7);
            default -> random.between(0, 4);
        };
    }

    private static Map<Integer, Integer> weights(int... pairs) {
        Map<Integer, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
