package com.servicedesk.demo;

import com.servicedesk.complaint.AdrKind;
import com.servicedesk.complaint.AdrResult;
import com.servicedesk.complaint.Complaint;
import com.servicedesk.complaint.ComplaintAction;
import com.servicedesk.complaint.ComplaintClassification;
import com.servicedesk.complaint.ComplaintCommand;
import com.servicedesk.complaint.ComplaintService;
import com.servicedesk.complaint.ComplaintStates;
import com.servicedesk.complaint.ComplaintStatus;
import com.servicedesk.complaint.ComplaintWorkflow;
import com.servicedesk.complaint.ContactChannel;
import com.servicedesk.complaint.CustomerResponse;
import com.servicedesk.complaint.DeadlineEngine;
import com.servicedesk.complaint.DeadlinePolicy;
import com.servicedesk.complaint.GroupRepresentative;
import com.servicedesk.complaint.RemedyType;
import com.servicedesk.complaint.ReviewOutcome;
import com.servicedesk.complaint.Severity;

import com.servicedesk.demo.DemoTeams.Team;
import com.servicedesk.audit.AuditEvent;
import com.servicedesk.calendar.HolidayCalendarService;
import com.servicedesk.followup.FollowUpScheduler;
import com.servicedesk.followup.FollowUpSource;
import com.servicedesk.organisation.OrganisationService;
import com.servicedesk.platform.ReferenceNumbers;
import com.servicedesk.security.Caller;
import com.servicedesk.shared.Role;
import com.servicedesk.shared.Money;
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
 * About 1,500 complaints received over the last six months, each driven through the real
 * lifecycle by the branch's own staff at believable times: recent ones still open, older ones
 * mostly closed, some declined, extended, paused, reviewed, reopened, and some overdue.
 */
@ApplicationScoped
public class DemoComplaints implements DemoDataContributor {

    private static final int COUNT = 1_500;

    /** Business categories (second level) and causes, weighted as banks report them. */
    private static final Map<String, Integer> CATEGORIES = ordered(
            "B0302", 20, "B0301", 10, "B0401", 9, "B0403", 6, "B0202", 7, "B0201", 5, "B1001", 5, "B0101", 5,
            "B0102", 3, "B0701", 6, "B0702", 3, "B0601", 4, "B0602", 3, "B0501", 3, "B0801", 2, "B0901", 1,
            "B99", 2);
    private static final Map<String, Integer> CAUSES = ordered(
            "C0101", 14, "C0102", 10, "C0103", 6, "C1101", 8, "C1102", 6, "C0801", 5, "C0901", 6, "C0902", 5,
            "C0401", 7, "C0402", 3, "C0501", 5, "C0502", 4, "C0201", 4, "C0202", 4, "C0301", 4, "C0601", 2,
            "C1001", 3, "C1201", 2, "C0701", 1, "C99", 1);
    private static final Map<String, Integer> CHANNELS = ordered(
            "PHONE", 40, "BRANCH", 24, "MOBILE_APP", 15, "ONLINE", 10, "LETTER", 5, "REGULATOR_TRANSFER", 6);
    private static final Map<String, String> STORIES = Map.ofEntries(
            Map.entry("B03", "信用卡年费未经告知即被扣收，客户要求退还并说明收费依据。"),
            Map.entry("B04", "手机银行转账显示失败但资金已被扣划，三个工作日仍未退回。"),
            Map.entry("B02", "提前还款手续繁琐，违约金计算方式与合同约定不一致。"),
            Map.entry("B10", "催收人员多次在夜间来电并联系客户家属，客户感到被骚扰。"),
            Map.entry("B01", "定期存款到期自动转存未提前告知，客户认为利息受损。"),
            Map.entry("B07", "理财产品到期收益低于销售时宣传的业绩比较基准，客户认为存在误导。"),
            Map.entry("B06", "客户收到陌生机构营销电话，怀疑个人信息被泄露。"),
            Map.entry("B05", "网点拒绝兑换残损人民币，且未说明原因。"),
            Map.entry("B08", "跨境汇款到账延迟且手续费高于告知标准。"),
            Map.entry("B09", "实物贵金属回购价格与宣传不符。"),
            Map.entry("B99", "对网点排队等候时间过长表示不满。"));

    @PersistenceContext
    private EntityManager em;

    @EJB
    private OrganisationService organisation;

    @Inject
    private DemoTeams teams;

    @Inject
    private DemoHistory audit;

    @EJB
    private HolidayCalendarService calendars;

    @EJB
    private ComplaintWorkflow workflow;

    @EJB
    private ReferenceNumbers references;

    @EJB
    private FollowUpScheduler followUps;

    @Inject
    private TimeSource time;

    private DeadlinePolicy policy;
    private DeadlineEngine engine;
    private Instant now;

    @Override
    public String name() {
        return "complaints";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public int seed(DemoRandom random) {
        now = time.now();
        policy = workflow.defaultPolicy(now);
        engine = new DeadlineEngine(calendars.calendar());
        Map<String, Team> staff = teams.byBranch();
        List<Object[]> customers = teams.customersServedBy(staff);
        for (int i = 0; i < COUNT; i++) {
            Object[] customer = customers.get(random.nextInt(customers.size()));
            createOne(random, (Long) customer[0], staff.get((String) customer[1]));
            if (i % 100 == 99) {
                em.flush();
                em.clear();
            }
        }
        groupComplaint(random, customers, staff);
        return COUNT;
    }

    private void createOne(DemoRandom random, long customerId, Team staff) {
        long ageMinutes = (long) (Math.pow(random.nextDouble(), 1.3) * 180 * 24 * 60);
        Instant received = businessHours(now.minus(Duration.ofMinutes(ageMinutes)), random);
        Caller agent = random.pick(staff.agents());
        String category = random.weighted(CATEGORIES);
        String cause = random.weighted(CAUSES);
        String subject = random.chance(0.04) ? random.pick(staff.agents()).username() : null;
        if (agent.username().equals(subject)) {
            subject = null;
        }
        Complaint.Intake intake = new Complaint.Intake(customerId, agent.branchCode(),
                random.weighted(CHANNELS), null, category, cause, null,
                random.weighted(ordered(Severity.LOW, 25, Severity.MEDIUM, 55, Severity.HIGH, 17, Severity.CRITICAL, 3)),
                STORIES.getOrDefault(category.substring(0, 3), STORIES.get("B99")), subject, received);
        intake = withChannelAndRegion(intake);
        Complaint c = new Complaint(references.next(ComplaintService.REFERENCE_PREFIX, ComplaintService.REFERENCE_SEQUENCE, received), intake, policy, engine, agent, received);
        if ("REGULATOR_TRANSFER".equals(intake.intakeChannel())) {
            LocalDate day = LocalDate.ofInstant(received, TimeSource.BANK_ZONE);
            c.transferredByRegulator("京金监转〔" + day.getYear() + "〕" + (100 + random.nextInt(900)) + "号",
                    day.minusDays(random.nextInt(3)));
        }
        em.persist(c);
        em.flush();
        record(c, "REGISTER", agent, received, null, null);

        Path path = new Path(c, random, staff, agent, received);
        long ageDays = Duration.between(received, now).toDays();
        path.run(ageDays);
        if (ageDays > 3 && c.status().awaitsDecision() && random.chance(0.02)) {
            mergeARepeat(c, random, staff, received);
        }
    }

    /**
     * One group complaint (art. 12): the wealth-management customers of a branch who bought the same
     * product send three representatives; four of them have complaints of their own within the group.
     */
    private void groupComplaint(DemoRandom random, List<Object[]> customers, Map<String, Team> staff) {
        List<Object[]> branchCustomers = customers.stream().filter(c -> "BJ01".equals(c[1])).limit(5).toList();
        if (branchCustomers.size() < 5) {
            return;
        }
        Team team = staff.get("BJ01");
        Caller agent = team.agents().get(0);
        Instant received = businessHours(now.minus(Duration.ofDays(3)), random);
        String story = "多名客户于同一网点购买的同一款理财产品到期收益远低于宣传的业绩比较基准，推选代表集体投诉，要求说明原因并赔偿。";
        Complaint parent = newComplaint((Long) branchCustomers.get(0)[0], agent, "B0701", received, story);
        parent.representedGroup(List.of(new GroupRepresentative("刘振华", null), new GroupRepresentative("孙美玲", null),
                new GroupRepresentative("高志远", null)));
        em.persist(parent);
        em.flush();
        record(parent, "REGISTER", agent, received, null, null);
        for (Object[] member : branchCustomers.subList(1, 5)) {
            Complaint child = newComplaint((Long) member[0], agent, "B0701", received.plus(Duration.ofMinutes(10)),
                    "本人为该理财产品群体投诉的受影响客户之一，委托代表统一反映。");
            child.withinGroup(parent);
            em.persist(child);
            em.flush();
            record(child, "REGISTER", agent, received.plus(Duration.ofMinutes(10)), null, null);
        }
        Instant accepted = received.plus(Duration.ofHours(2));
        String before = ComplaintStates.snapshot(parent);
        parent.perform(new ComplaintCommand.Accept(), agent, accepted, policy, engine);
        record(parent, "ACCEPT", agent, accepted, before, null);
    }

    private Complaint newComplaint(long customerId, Caller agent, String category, Instant received, String description) {
        Complaint.Intake intake = withChannelAndRegion(new Complaint.Intake(customerId, agent.branchCode(), "BRANCH", null,
                category, "C0401", null, Severity.HIGH, description, null, received));
        return new Complaint(references.next(ComplaintService.REFERENCE_PREFIX, ComplaintService.REFERENCE_SEQUENCE,
                received), intake, policy, engine, agent, received);
    }

    /** The customer complains again of the same matter a day or two later; a supervisor folds it into the open case. */
    private void mergeARepeat(Complaint survivor, DemoRandom random, Team staff, Instant received) {
        Instant again = received.plus(Duration.ofHours(20 + random.nextInt(40)));
        Caller agent = random.pick(staff.agents());
        ComplaintClassification k = survivor.classification();
        Complaint.Intake intake = new Complaint.Intake(survivor.customerId(), survivor.branchCode(), "PHONE",
                "A010302", k.businessCategory(), k.cause(), k.regionCode(), k.severity(),
                "客户再次来电反映同一问题，催促尽快处理。", null, again);
        Complaint repeat = new Complaint(references.next(ComplaintService.REFERENCE_PREFIX,
                ComplaintService.REFERENCE_SEQUENCE, again), intake, policy, engine, agent, again);
        repeat.markRepeatOf(survivor.id());
        em.persist(repeat);
        em.flush();
        record(repeat, "REGISTER", agent, again, null, null);
        Instant merged = again.plus(Duration.ofHours(2 + random.nextInt(20)));
        if (merged.isAfter(now)) {
            return;
        }
        String before = ComplaintStates.snapshot(repeat);
        ComplaintCommand.Merge merge = new ComplaintCommand.Merge(survivor.id(), "客户就同一事项再次投诉，合并处理。");
        repeat.requireMergeableInto(survivor);
        repeat.perform(merge, staff.supervisor(), merged, policy, engine);
        record(repeat, "MERGE", staff.supervisor(), merged, before, ComplaintStates.detail(merge));
        audit.recordAt(staff.supervisor().username(), merged, AuditEvent.of(ComplaintService.AUDIT_TYPE, survivor.id(),
                "MERGE_IN").withDetail(ComplaintStates.mergedIn(repeat, merge.reason())));
    }

    /** Walks one complaint along its lifecycle, each step some hours after the last, never past now. */
    private final class Path {
        private final Complaint c;
        private final DemoRandom random;
        private final Team staff;
        private final Caller agent;
        private Instant t;

        Path(Complaint c, DemoRandom random, Team staff, Caller agent, Instant start) {
            this.c = c;
            this.random = random;
            this.staff = staff;
            this.agent = agent;
            this.t = start;
        }

        void run(long ageDays) {
            double roll = random.nextDouble();
            if (ageDays < 2) {
                if (roll < 0.4) {
                    return;
                }
                step(ComplaintAction.ACCEPT, agent, 1, 6);
                if (roll < 0.7) {
                    return;
                }
                step(ComplaintAction.START_INVESTIGATION, agent, 1, 8);
                return;
            }
            if (roll < 0.05) {
                step(ComplaintAction.DECLINE, approver(), 2, 20, reason("不属于本行业务范围，已告知客户向相关机构反映。"));
                return;
            }
            step(ComplaintAction.ACCEPT, agent, 1, 8);
            step(ComplaintAction.START_INVESTIGATION, agent, 2, 20);
            if (random.chance(0.02)) {
                ComplaintCommand.Details withdrawal = reason(random.pick(List.of("客户表示已与商户自行协商解决，申请撤回投诉。",
                        "客户来电表示误解了收费规则，不再坚持投诉。", "客户书面申请撤回投诉。")));
                step(ComplaintAction.WITHDRAW, agent, 6, 120, withdrawal);
                return;
            }
            boolean extendedCase = ageDays > 12 && random.chance(0.12);
            if (extendedCase) {
                step(ComplaintAction.EXTEND, staff.supervisor(), 24, 72, reason("案情复杂，需调取交易流水并与第三方机构核实。"));
                if (ageDays > 35 && random.chance(0.3)) {
                    step(ComplaintAction.EXTEND, staff.manager(), 72, 200, reason("涉及外部机构鉴定，需延长处理期限。"));
                }
            }
            if (random.chance(0.04)) {
                step(ComplaintAction.PAUSE_CLOCK, agent, 10, 40, reason("委托第三方机构进行交易真实性鉴定，期间暂停计时。"));
                if (ageDays < 20 && random.chance(0.5)) {
                    return;
                }
                step(ComplaintAction.RESUME_CLOCK, agent, 48, 200);
            }
            if (ageDays < 6 || (ageDays < 30 && roll > 0.93) || (ageDays >= 30 && roll > 0.975)) {
                return;
            }
            boolean late = random.chance(0.07);
            propose();
            if (ageDays < 8 && random.chance(0.35)) {
                return;
            }
            if (random.chance(0.08)) {
                step(ComplaintAction.RETURN_PROPOSAL, approver(), 4, 30, reason("补充说明收费依据后重新提交。"));
                propose();
            }
            Caller approver = approver();
            ComplaintCommand.Details told = new ComplaintCommand.Details(null, null, null, null, null,
                    random.weighted(ordered(ContactChannel.PHONE, 60, ContactChannel.SMS, 15, ContactChannel.LETTER, 10,
                            ContactChannel.IN_PERSON, 10, ContactChannel.MOBILE_APP, 5)), null, null, null, null, null,
                    null, null, null, null, null);
            step(ComplaintAction.RESPOND, approver, 2, late ? 400 : 30, told);
            long sinceResponse = Duration.between(t, now).toDays();
            if (sinceResponse < 30 && random.chance(0.55)) {
                return;
            }
            if (random.chance(0.08) && sinceResponse >= 2) {
                step(ComplaintAction.REQUEST_REVIEW, agent, 24, 200, reason("客户对处理结果不认可，申请核查。"));
                if (sinceResponse < 40 && random.chance(0.5)) {
                    return;
                }
                ComplaintCommand.Details decided = new ComplaintCommand.Details("经核查，维持原处理意见。", null, null, null, null, null,
                        null, random.chance(0.7) ? ReviewOutcome.UPHELD : ReviewOutcome.REVISED, null, null, null,
                        null, null, null, null, null);
                if (decided.reviewOutcome() == ReviewOutcome.REVISED) {
                    decided = new ComplaintCommand.Details("经核查，部分采纳客户意见。", "追加退还相关费用并致歉。", null, null, null,
                            null, null, ReviewOutcome.REVISED, null, null, null, null, null, null, null, null);
                }
                step(ComplaintAction.DECIDE_REVIEW, staff.manager(), 48, 300, decided);
            }
            if (c.resolution().remedyType() != null && c.resolution().remedyType().isMonetary() && random.chance(0.75)) {
                step(ComplaintAction.RECORD_REMEDY, agent, 24, 120);
            }
            ComplaintCommand.Details accepted = new ComplaintCommand.Details(null, null, null, null, null, null,
                    CustomerResponse.ACCEPTED, null, null, null, null, null, null, null, null, null);
            step(ComplaintAction.CLOSE, agent, 24, 240, accepted);
            if (c.status() == ComplaintStatus.CLOSED) {
                followUps.schedule("COMPLAINT_CLOSED", new FollowUpSource(ComplaintService.AUDIT_TYPE, c.id(),
                        c.reference(), c.customerId(), c.branchCode()), c.assignee(), t);
                if (random.chance(0.02)) {
                    step(ComplaintAction.REOPEN, staff.supervisor(), 48, 300, reason("客户反映问题再次发生，重新处理。"));
                } else if (random.chance(0.03)) {
                    step(ComplaintAction.RECORD_ADR_OUTCOME, agent, 240, 900, adr(random, LocalDate.ofInstant(t, TimeSource.BANK_ZONE)));
                }
            }
        }

        private void propose() {
            RemedyType remedy = random.weighted(ordered(RemedyType.REFUND, 38, RemedyType.FEE_WAIVER, 20,
                    RemedyType.APOLOGY, 20, RemedyType.CORRECTION, 12, RemedyType.COMPENSATION, 3, RemedyType.NONE, 7));
            Money amount = remedy.isMonetary()
                    ? Money.of(Integer.toString(20 + random.nextInt(4980)) + "." + String.format("%02d", random.nextInt(100)), "CNY")
                    : null;
            ComplaintCommand.Details proposal = new ComplaintCommand.Details(null, resolutionText(remedy), remedy, amount,
                    random.pick(List.of("系统扣费规则配置错误", "员工未按规定履行告知义务", "第三方渠道处理延迟",
                            "产品说明材料表述不清", "客户对业务规则理解有误")),
                    null, null, null, null, null, null, null, null, null, null, null);
            step(ComplaintAction.PROPOSE_RESOLUTION, agent, 12, 90, proposal);
        }

        private Caller approver() {
            return random.chance(0.85) ? staff.supervisor() : staff.manager();
        }

        private void step(ComplaintAction action, Caller by, int minHours, int maxHours) {
            step(action, by, minHours, maxHours, reason(null));
        }

        private void step(ComplaintAction action, Caller by, int minHours, int maxHours, ComplaintCommand.Details details) {
            Instant next = t.plus(Duration.ofMinutes(60L * minHours + random.nextInt(60 * (maxHours - minHours + 1))));
            if (next.isAfter(now)) {
                return;
            }
            if (by.username().equals(c.subjectStaff()) || (action == ComplaintAction.RESPOND
                    && by.username().equals(c.resolution().proposedBy())) || (action == ComplaintAction.DECIDE_REVIEW
                    && (by.username().equals(c.notice().respondedBy()) || by.username().equals(c.resolution().proposedBy())))) {
                by = by.role() == Role.MANAGER ? staff.supervisor() : staff.manager();
            }
            if (!c.allowedActions(by, next, policy).contains(action)) {
                return;
            }
            t = next;
            String before = ComplaintStates.snapshot(c);
            ComplaintCommand command = ComplaintCommand.of(action, details);
            c.perform(command, by, t, policy, engine);
            record(c, action.name(), by, t, before, ComplaintStates.detail(command));
        }
    }

    private void record(Complaint c, String action, Caller by, Instant at, String before, String detail) {
        audit.recordAt(by.username(), at, AuditEvent.of(ComplaintService.AUDIT_TYPE, c.id(), action)
                .withStates(before, ComplaintStates.snapshot(c)).withDetail(detail));
    }

    private Complaint.Intake withChannelAndRegion(Complaint.Intake intake) {
        String channelCode = em.createQuery("select c.channelCode from IntakeChannel c where c.code = :c", String.class)
                .setParameter("c", intake.intakeChannel()).getSingleResult();
        String region = organisation.findBranch(intake.branchCode()).orElseThrow().divisionCode();
        return new Complaint.Intake(intake.customerId(), intake.branchCode(), intake.intakeChannel(), channelCode,
                intake.businessCategory(), intake.cause(), region, intake.severity(), intake.description(),
                intake.subjectStaff(), intake.receivedAt());
    }

    private static String resolutionText(RemedyType remedy) {
        return switch (remedy) {
            case REFUND -> "经核实，相关费用扣收有误，予以全额退还。";
            case FEE_WAIVER -> "经核实，按照本行政策减免相关费用。";
            case COMPENSATION -> "经核实，因本行原因造成客户损失，给予相应补偿。";
            case APOLOGY -> "经核实，员工服务存在不足，已向客户致歉并加强培训。";
            case CORRECTION -> "经核实，已更正相关业务记录并告知客户。";
            default -> "经核实，本行处理符合规定，已向客户解释说明。";
        };
    }

    /** Moves a moment into the bank's opening hours (09:00–17:30) on the same day, never past now. */
    private Instant businessHours(Instant instant, DemoRandom random) {
        LocalDate day = LocalDate.ofInstant(instant, TimeSource.BANK_ZONE);
        Instant moved = day.atTime(9, 0).plusMinutes(random.nextInt(510)).atZone(TimeSource.BANK_ZONE).toInstant();
        return moved.isAfter(now) ? now.minus(Duration.ofMinutes(5)) : moved;
    }

    /** A mediation or a judgment after the bank's decision, decided on the given day (the case's close). */
    private static ComplaintCommand.Details adr(DemoRandom random, LocalDate decidedOn) {
        AdrKind kind = random.weighted(ordered(AdrKind.MEDIATION, 70, AdrKind.LITIGATION, 15, AdrKind.ARBITRATION, 5,
                AdrKind.REGULATOR_RULING, 10));
        String body = switch (kind) {
            case MEDIATION -> "银行业消费纠纷调解中心";
            case LITIGATION -> "区人民法院";
            case ARBITRATION -> "仲裁委员会";
            case REGULATOR_RULING -> "金融监管局";
        };
        AdrResult result = random.weighted(ordered(AdrResult.NOT_UPHELD, 55, AdrResult.PARTLY_UPHELD, 35, AdrResult.UPHELD, 10));
        Money amount = result == AdrResult.NOT_UPHELD ? null : Money.of(Integer.toString(100 + random.nextInt(3000)) + ".00", "CNY");
        return new ComplaintCommand.Details(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, new ComplaintCommand.Adr(kind, body, decidedOn, result, amount));
    }

    private static ComplaintCommand.Details reason(String text) {
        return new ComplaintCommand.Details(text, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null);
    }

    private static <T> Map<T, Integer> ordered(Object... pairs) {
        Map<T, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            @SuppressWarnings("unchecked")
            T key = (T) pairs[i];
            map.put(key, (Integer) pairs[i + 1]);
        }
        return map;
    }
}
