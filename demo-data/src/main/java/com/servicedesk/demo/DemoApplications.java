package com.servicedesk.demo;

import com.servicedesk.application.ApplicationAction;
import com.servicedesk.application.ApplicationCommand;
import com.servicedesk.application.ApplicationService;
import com.servicedesk.application.ApplicationType;
import com.servicedesk.application.BusinessApplication;

import com.servicedesk.demo.DemoTeams.Team;
import com.servicedesk.audit.AuditEvent;
import com.servicedesk.platform.ReferenceNumbers;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * About 400 business applications over the last six months in every state: drafts with missing
 * documents, the review queue, returned and resubmitted ones, rejections, and completions.
 */
@ApplicationScoped
public class DemoApplications implements DemoDataContributor {

    private static final int COUNT = 400;
    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "ACCOUNT_OPENING", "客户申请开立一类个人结算账户，用于工资代发。",
            "CARD_REPLACEMENT", "客户借记卡磁条损坏，申请换发芯片卡。",
            "LIMIT_CHANGE", "客户申请将手机银行单日转账限额调整为20万元。",
            "ADDRESS_CHANGE", "客户搬迁新居，申请变更对账单寄送地址。",
            "ACCOUNT_CLOSURE", "客户出国定居，申请注销名下储蓄账户。",
            "PHONE_CHANGE", "客户更换手机号码，申请变更预留手机号。");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private DemoHistory audit;

    @EJB
    private ReferenceNumbers references;

    @Inject
    private DemoTeams teams;

    @Inject
    private TimeSource time;

    @Override
    public String name() {
        return "applications";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public int seed(DemoRandom random) {
        Instant now = time.now();
        Map<String, Team> byBranch = teams.byBranch();
        List<ApplicationType> types = em.createQuery("select t from ApplicationType t order by t.sortOrder",
                ApplicationType.class).getResultList();
        List<Object[]> customers = teams.customersServedBy(byBranch);
        for (int i = 0; i < COUNT; i++) {
            Object[] customer = customers.get(random.nextInt(customers.size()));
            Team team = byBranch.get((String) customer[1]);
            ApplicationType type = random.pick(types);
            Caller maker = random.pick(team.agents());
            Instant created = now.minus(Duration.ofMinutes((long) (Math.pow(random.nextDouble(), 1.4) * 180 * 24 * 60)));
            List<String> required = type.documentCodes(LocalDate.ofInstant(created, TimeSource.BANK_ZONE));
            Set<String> documents = new HashSet<>(required);
            if (random.chance(0.12)) {
                documents.remove(random.pick(required));
            }
            BusinessApplication a = new BusinessApplication(references.next(ApplicationService.REFERENCE_PREFIX,
                    ApplicationService.REFERENCE_SEQUENCE, created), (Long) customer[0], (String) customer[1], type,
                    DESCRIPTIONS.get(type.code()), documents, maker, created);
            em.persist(a);
            em.flush();
            audit.recordAt(maker.username(), created, AuditEvent.of(ApplicationService.AUDIT_TYPE, a.id(), "CREATE")
                    .withStates(null, ApplicationService.snapshot(a)));
            walk(a, type, random, maker, team, created, now);
            if (i % 100 == 99) {
                em.flush();
                em.clear();
            }
        }
        return COUNT;
    }

    private void walk(BusinessApplication a, ApplicationType type, DemoRandom random, Caller maker, Team team,
                      Instant start, Instant now) {
        Instant[] t = {start};
        Caller checker = random.chance(0.8) ? team.supervisor() : team.manager();
        if (!a.missingDocuments(type).isEmpty() || !step(random, a, type, ApplicationAction.SUBMIT, maker, t, 10, 90, now, null)) {
            return;
        }
        if (!step(random, a, type, ApplicationAction.START_REVIEW, checker, t, 20, 600, now, null)) {
            return;
        }
        double roll = random.nextDouble();
        if (roll < 0.1) {
            if (!step(random, a, type, ApplicationAction.RETURN, checker, t, 10, 120, now, "签名卡签名与身份证姓名不一致，请客户重签。")) {
                return;
            }
            if (!step(random, a, type, ApplicationAction.SUBMIT, maker, t, 60, 2880, now, null)
                    || !step(random, a, type, ApplicationAction.START_REVIEW, checker, t, 20, 600, now, null)) {
                return;
            }
        } else if (roll < 0.16) {
            step(random, a, type, ApplicationAction.REJECT, checker, t, 10, 120, now, "客户不符合该业务办理条件。");
            return;
        }
        if (!step(random, a, type, ApplicationAction.APPROVE, checker, t, 10, 240, now, null)
                || !step(random, a, type, ApplicationAction.START_PROCESSING, maker, t, 10, 240, now, null)) {
            return;
        }
        step(random, a, type, ApplicationAction.COMPLETE, maker, t, 30, 1440, now, null);
    }

    private boolean step(DemoRandom random, BusinessApplication a, ApplicationType type, ApplicationAction action,
                         Caller by, Instant[] t,
                         int minMinutes, int maxMinutes, Instant now, String note) {
        Instant at = t[0].plus(Duration.ofMinutes(random.between(minMinutes, maxMinutes)));
        if (at.isAfter(now)) {
            return false;
        }
        t[0] = at;
        String before = ApplicationService.snapshot(a);
        a.perform(action, ApplicationCommand.note(note), type, by, at);
        audit.recordAt(by.username(), at, AuditEvent.of(ApplicationService.AUDIT_TYPE, a.id(), action.name())
                .withStates(before, ApplicationService.snapshot(a))
                .withDetail(note == null ? null : JsonSupport.JSON.createObjectBuilder().add("note", note).build().toString()));
        return true;
    }
}
