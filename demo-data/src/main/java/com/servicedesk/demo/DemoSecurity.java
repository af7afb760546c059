package com.servicedesk.demo;

import com.servicedesk.security.AuditFinding;
import com.servicedesk.security.PolicyAcknowledgement;
import com.servicedesk.security.SecurityAuditPlan;
import com.servicedesk.security.SecurityPolicy;
import com.servicedesk.security.StaffUser;
import com.servicedesk.security.TrainingAttendance;
import com.servicedesk.security.TrainingCourse;
import com.servicedesk.security.TrainingSession;

import com.servicedesk.audit.AuditEvent;
import com.servicedesk.shared.JsonSupport;
import com.servicedesk.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The security registers of the demo bank: two policies (one in its second version, not yet
 * acknowledged by everyone), training sessions with scores, two audits with findings in every
 * state, and a history of clear-value views, a lockout and a role change.
 */
@ApplicationScoped
public class DemoSecurity implements DemoDataContributor {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private DemoHistory audit;

    @Inject
    private TimeSource time;

    @Override
    public String name() {
        return "security";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public int seed(DemoRandom random) {
        Instant now = time.now();
        LocalDate today = time.today();
        List<String> staff = em.createQuery("select u.username from StaffUser u order by u.username", String.class)
                .getResultList();
        int records = 0;

        SecurityPolicy infosec1 = policy("INFOSEC", 1, "信息安全管理办法", "Information security policy",
                "一、总则：为保护客户个人金融信息安全……二、员工应妥善保管账号口令，不得转借他人……", today.minusYears(1), now.minus(Duration.ofDays(365)));
        SecurityPolicy infosec2 = policy("INFOSEC", 2, "信息安全管理办法（2026年修订）", "Information security policy (2026 revision)",
                "一、总则（修订）：依据《个人信息保护法》及JR/T 0171-2020，对C2类信息实施加密存储与脱敏展示……",
                today.minusMonths(3), now.minus(Duration.ofDays(90)));
        SecurityPolicy privacy = policy("PRIVACY", 1, "个人金融信息保护操作规程", "Personal financial information procedure",
                "查看完整身份证号、手机号须说明事由并经系统留痕；严禁通过个人通讯工具传输客户信息……",
                today.minusMonths(8), now.minus(Duration.ofDays(240)));
        records += 3;
        for (String u : staff) {
            acknowledge(infosec1, u, now.minus(Duration.ofDays(360 - random.nextInt(30))));
            acknowledge(privacy, u, now.minus(Duration.ofDays(230 - random.nextInt(30))));
            if (random.chance(0.8)) {
                acknowledge(infosec2, u, now.minus(Duration.ofDays(85 - random.nextInt(60))));
            }
        }

        TrainingSession basics = session("INFOSEC_BASICS", today.minusMonths(8), "信息科技部 王工", "总行培训中心");
        TrainingSession fraud = session("ANTI_FRAUD", today.minusMonths(5), "保卫部 刘科长", "线上直播");
        TrainingSession phishing = session("PHISHING", today.minusMonths(14), "信息科技部 陈工", "线上直播");
        for (String u : staff) {
            attend(basics, u, random.chance(0.9) ? 75 + random.nextInt(26) : 60 + random.nextInt(15), now);
            if (random.chance(0.85)) {
                attend(fraud, u, 65 + random.nextInt(36), now);
            }
            if (random.chance(0.5)) {
                attend(phishing, u, 60 + random.nextInt(41), now);
            }
            records += 2;
        }

        SecurityAuditPlan q3 = new SecurityAuditPlan("2026年第三季度个人金融信息保护专项审计",
                "客户信息查询留痕、敏感信息脱敏展示、员工培训与授权管理", today.minusMonths(3), "auditor");
        q3.advance(today.minusMonths(3));
        q3.advance(today.minusMonths(2));
        em.persist(q3);
        SecurityAuditPlan q4 = new SecurityAuditPlan("2026年第四季度访问控制审计", "系统账号、角色权限、离岗人员账号清理",
                today.minusDays(20), "auditor");
        q4.advance(today.minusDays(20));
        em.persist(q4);
        em.flush();
        AuditFinding f1 = new AuditFinding(q3.id(), "两名员工未完成年度信息安全培训", AuditFinding.Severity.MEDIUM,
                "supervisor", today.minusDays(30));
        f1.remediate("已安排补训并通过考核");
        f1.verify("auditor", "supervisor", now.minus(Duration.ofDays(25)));
        AuditFinding f2 = new AuditFinding(q3.id(), "部分打印的客户资料未按规定粉碎", AuditFinding.Severity.HIGH,
                "sh01.supervisor", today.minusDays(10));
        f2.remediate("网点配置碎纸机并修订作业指引");
        AuditFinding f3 = new AuditFinding(q4.id(), "一名调岗员工的系统账号未及时停用", AuditFinding.Severity.HIGH,
                "bj02.supervisor", today.plusDays(5));
        for (AuditFinding f : List.of(f1, f2, f3)) {
            em.persist(f);
        }
        records += 5;

        audit.recordAt("supervisor", now.minus(Duration.ofDays(12)), AuditEvent.of("Customer", 1, "VIEW_CLEAR")
                .withDetail(JsonSupport.JSON.createObjectBuilder().add("field", "ID_NUMBER").add("reason", "客户临柜办理挂失，核对身份").build().toString()));
        audit.recordAt("manager", now.minus(Duration.ofDays(6)), AuditEvent.of("Customer", 7, "VIEW_CLEAR")
                .withDetail(JsonSupport.JSON.createObjectBuilder().add("field", "PHONE").add("reason", "投诉回访电话无法接通，核对号码").build().toString()));
        for (int i = 1; i <= 5; i++) {
            audit.recordAt("anonymous", now.minus(Duration.ofDays(18)).plusSeconds(40L * i), AuditEvent.of("StaffUser",
                    "bj02.agent2", "LOGIN_FAILED").withDetail("{\"failures\":" + i + ",\"knownUser\":true}"));
        }
        audit.recordAt("system", now.minus(Duration.ofDays(18)).plusSeconds(201), AuditEvent.of("StaffUser", "bj02.agent2",
                "LOCKOUT").withDetail("{\"lockedUntil\":\"" + now.minus(Duration.ofDays(18)).plusSeconds(1101) + "\"}"));
        audit.recordAt("admin", now.minus(Duration.ofDays(9)), AuditEvent.of("StaffUser", "hz01.agent2", "ROLE_CHANGE")
                .withStates("{\"role\":\"AGENT\",\"branchCode\":\"HZ01\"}", "{\"role\":\"AGENT\",\"branchCode\":\"HZ01\",\"note\":\"调整岗位权限\"}"));
        return records + 9;
    }

    private SecurityPolicy policy(String code, int version, String zh, String en, String body, LocalDate from, Instant at) {
        SecurityPolicy p = new SecurityPolicy(code, version, zh, en, body, from, "admin", at);
        em.persist(p);
        em.flush();
        return p;
    }

    private void acknowledge(SecurityPolicy policy, String username, Instant at) {
        em.persist(new PolicyAcknowledgement(policy.id(), username, at));
    }

    private TrainingSession session(String course, LocalDate heldOn, String trainer, String location) {
        TrainingSession s = new TrainingSession(course, heldOn, trainer, location);
        em.persist(s);
        em.flush();
        return s;
    }

    private void attend(TrainingSession session, String username, int score, Instant now) {
        em.persist(new TrainingAttendance(session, em.find(TrainingCourse.class, session.courseCode()), username, score,
                "admin", now));
    }
}
