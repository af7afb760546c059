package com.servicedesk.demo;

import com.servicedesk.servicerequest.ServiceRequest;
import com.servicedesk.servicerequest.ServiceRequestAction;
import com.servicedesk.servicerequest.ServiceRequestCommand;
import com.servicedesk.servicerequest.ServiceRequestService;

import com.servicedesk.demo.DemoTeams.Team;
import com.servicedesk.audit.AuditEvent;
import com.servicedesk.followup.FollowUpScheduler;
import com.servicedesk.followup.FollowUpSource;
import com.servicedesk.platform.ReferenceNumbers;
import com.servicedesk.security.Caller;
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
 * About 1,200 service requests over the last six months in every state: recent ones in the
 * queues (some past their targets), older ones answered, followed up and closed, a few cancelled.
 */
@ApplicationScoped
public class DemoServiceRequests implements DemoDataContributor {

    private static final int COUNT = 1_200;
    private static final Map<String, List<String[]>> TOPICS = Map.of(
            "ACCOUNT", List.of(new String[] {"账户冻结咨询", "客户账户被司法冻结，咨询解冻流程和所需材料。"},
                    new String[] {"开户资料咨询", "客户咨询为子女开立账户需携带的证件。"}),
            "FUNDS", List.of(new String[] {"转账未到账", "跨行转账已扣款但收款方未到账，客户要求查询。"},
                    new String[] {"大额取现预约", "客户需于下周提取现金20万元，要求预约。"}),
            "PRODUCT", List.of(new String[] {"理财产品咨询", "客户咨询稳健型理财产品的期限与风险等级。"},
                    new String[] {"大额存单利率", "客户询问三年期大额存单利率及起存金额。"}),
            "SECURITY", List.of(new String[] {"疑似诈骗短信", "客户收到冒充银行的短信，询问是否为官方通知。"},
                    new String[] {"密码锁定", "客户手机银行登录密码多次输错被锁定。"}),
            "CARD", List.of(new String[] {"信用卡额度", "客户申请临时提高信用卡额度用于出国旅行。"},
                    new String[] {"借记卡挂失", "客户借记卡遗失，需要口头挂失并补卡。"}),
            "LOAN", List.of(new String[] {"房贷提前还款", "客户咨询提前归还部分房贷的预约方式与违约金。"},
                    new String[] {"贷款利率调整", "客户询问LPR调整后房贷利率何时生效。"}),
            "DIGITAL", List.of(new String[] {"手机银行无法登录", "客户更换手机后无法登录手机银行。"},
                    new String[] {"电子回单下载", "客户需要下载近一年的转账电子回单。"}),
            "OTHER", List.<String[]>of(new String[] {"网点营业时间", "客户询问节假日网点营业时间安排。"}));
    private static final Map<String, Integer> CHANNELS = weights("PHONE", 45, "BRANCH", 25, "MOBILE_APP", 18, "ONLINE", 12);
    private static final Map<String, Integer> CATEGORIES = weights("ACCOUNT", 18, "FUNDS", 17, "PRODUCT", 14,
            "SECURITY", 8, "CARD", 17, "LOAN", 10, "DIGITAL", 12, "OTHER", 4);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private DemoHistory audit;

    @EJB
    private ReferenceNumbers references;

    @EJB
    private ServiceRequestService service;

    @EJB
    private FollowUpScheduler followUps;

    @Inject
    private DemoTeams teams;

    @Inject
    private TimeSource time;

    @Override
    public String name() {
        return "service-requests";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public int seed(DemoRandom random) {
        Instant now = time.now();
        Map<String, Team> byBranch = teams.byBranch();
        List<Object[]> customers = teams.customersServedBy(byBranch);
        for (int i = 0; i < COUNT; i++) {
            Object[] customer = customers.get(random.nextInt(customers.size()));
            Team team = byBranch.get((String) customer[1]);
            long ageMinutes = (long) (Math.pow(random.nextDouble(), 1.6) * 180 * 24 * 60);
            Instant received = openingHours(now.minus(Duration.ofMinutes(ageMinutes)), random, now);
            String category = random.weighted(CATEGORIES);
            String[] topic = random.pick(TOPICS.get(category));
            String channel = random.weighted(CHANNELS);
            Caller agent = random.pick(team.agents());
            ServiceRequest r = new ServiceRequest(references.next(ServiceRequestService.REFERENCE_PREFIX,
                    ServiceRequestService.REFERENCE_SEQUENCE, received),
                    new ServiceRequest.Intake((Long) customer[0], (String) customer[1], channel, category, topic[0], topic[1]),
                    service.standardFor(category, channel, received), agent, received);
            em.persist(r);
            em.flush();
            audit.recordAt(agent.username(), received, AuditEvent.of(ServiceRequestService.AUDIT_TYPE, r.id(), "REGISTER")
                    .withStates(null, ServiceRequestService.snapshot(r)));
            walk(r, random, agent, team, received, now);
            if (i % 100 == 99) {
                em.flush();
                em.clear();
            }
        }
        return COUNT;
    }

    private void walk(ServiceRequest r, DemoRandom random, Caller agent, Team team, Instant start, Instant now) {
        Duration firstResponse = Duration.between(r.receivedAt(), r.firstResponseDueAt());
        Duration resolution = Duration.between(r.receivedAt(), r.resolutionDueAt());
        boolean late = random.chance(0.06);
        Instant t = start;
        if (random.chance(0.04)) {
            step(r, ServiceRequestAction.CANCEL, agent, t.plus(minutes(random, 5, 120)), now,
                    ServiceRequestCommand.note("客户来电撤回该请求。"));
            return;
        }
        t = t.plus(late ? firstResponse.multipliedBy(2) : scaled(firstResponse, random));
        if (!step(r, ServiceRequestAction.ACCEPT, agent, t, now, ServiceRequestCommand.note(null))) {
            return;
        }
        if (stalled(r, now)) {
            return;
        }
        t = t.plus(minutes(random, 1, 30));
        if (!step(r, ServiceRequestAction.START, agent, t, now, ServiceRequestCommand.note(null))) {
            return;
        }
        t = r.receivedAt().plus(late ? resolution.multipliedBy(2) : scaled(resolution, random));
        boolean satisfied = random.chance(0.86);
        if (!step(r, ServiceRequestAction.RESPOND, agent, t, now, new ServiceRequestCommand(null,
                "已向客户说明处理结果及后续注意事项。", random.chance(0.93), satisfied,
                satisfied ? null : random.pick(List.of("等待时间较长", "需要多次来电", "解答不够清楚")), null))) {
            return;
        }
        followUps.schedule("SERVICE_REQUEST_RESPONDED", new FollowUpSource(ServiceRequestService.AUDIT_TYPE, r.id(),
                r.reference(), r.customerId(), r.branchCode()), r.assignee(), t);
        t = t.plus(Duration.ofHours(24 + random.nextInt(72)));
        if (!step(r, ServiceRequestAction.FOLLOW_UP, agent, t, now, ServiceRequestCommand.note("回访客户，问题已解决。"))) {
            return;
        }
        followUps.completeFor(ServiceRequestService.AUDIT_TYPE, r.id(), t);
        step(r, ServiceRequestAction.CLOSE, agent, t.plus(minutes(random, 5, 240)), now, ServiceRequestCommand.note(null));
    }

    /**
     * A quarter of the requests taken in during the last ten days were accepted and then left: once
     * their resolution target passes they stand in the branch's overdue queue, as some do in any
     * bank. Decided by the request's id, not by a draw, so the rest of the data set stays as it was.
     */
    private static boolean stalled(ServiceRequest r, Instant now) {
        return r.id() % 4 == 0 && r.receivedAt().isAfter(now.minus(Duration.ofDays(10)));
    }

    /** Performs one step at a past moment; false (and nothing done) when the moment has not come yet. */
    private boolean step(ServiceRequest r, ServiceRequestAction action, Caller by, Instant at, Instant now,
                         ServiceRequestCommand command) {
        if (at.isAfter(now)) {
            return false;
        }
        String before = ServiceRequestService.snapshot(r);
        r.perform(action, command, by, at);
        audit.recordAt(by.username(), at, AuditEvent.of(ServiceRequestService.AUDIT_TYPE, r.id(), action.name())
                .withStates(before, ServiceRequestService.snapshot(r)).withDetail(ServiceRequestService.detail(command)));
        return true;
    }

    private static Duration scaled(Duration target, DemoRandom random) {
        return Duration.ofSeconds((long) (target.toSeconds() * (0.1 + 0.8 * random.nextDouble())));
    }

    private static Duration minutes(DemoRandom random, int min, int max) {
        return Duration.ofMinutes(random.between(min, max));
    }

    private static Instant openingHours(Instant instant, DemoRandom random, Instant now) {
        LocalDate day = LocalDate.ofInstant(instant, TimeSource.BANK_ZONE);
        Instant moved = day.atTime(8, 30).plusMinutes(random.nextInt(570)).atZone(TimeSource.BANK_ZONE).toInstant();
        return moved.isAfter(now) ? now.minus(Duration.ofMinutes(random.between(1, 90))) : moved;
    }

    private static Map<String, Integer> weights(Object... pairs) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return map;
    }
}
