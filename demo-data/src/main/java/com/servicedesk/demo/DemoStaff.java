package com.servicedesk.demo;

import com.servicedesk.security.PasswordHasher;
import com.servicedesk.shared.Role;
import com.servicedesk.security.StaffUser;

import com.servicedesk.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo staff: the six users API.md publishes, and two more agents at every branch so that
 * queues, assignment and assessment have people to work with. Every demo password is Demo#2026.
 */
@ApplicationScoped
public class DemoStaff implements DemoDataContributor {

    public static final String DEMO_PASSWORD = "Demo#2026";

    private record Person(String username, String displayName, Role role, String branch, String region) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TimeSource time;

    @Override
    public String name() {
        return "staff";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public int seed(DemoRandom random) {
        List<Person> people = new ArrayList<>(List.of(
                new Person("admin", "系统管理员", Role.ADMIN, null, null),
                new Person("manager", "王建国", Role.MANAGER, null, "NORTH"),
                new Person("supervisor", "李秀英", Role.SUPERVISOR, "BJ01", null),
                new Person("agent", "张伟", Role.AGENT, "BJ01", null),
                new Person("agent2", "陈静", Role.AGENT, "SH01", null),
                new Person("auditor", "赵敏", Role.AUDITOR, null, null),
                new Person("manager.east", "周海燕", Role.MANAGER, null, "EAST")));
        for (String branch : List.of("BJ01", "BJ02", "SH01", "SH02", "HZ01")) {
            String prefix = branch.toLowerCase(java.util.Locale.ROOT);
            if (!branch.equals("BJ01")) {
                people.add(new Person(prefix + ".supervisor", random.chineseName(), Role.SUPERVISOR, branch, null));
            }
            for (int i = 1; i <= 2; i++) {
                people.add(new Person(prefix + ".agent" + i, random.chineseName(), Role.AGENT, branch, null));
            }
        }
        // The demo password is published, so one hash (one salt) may serve every demo account and
        // start-up does not spend 210,000 PBKDF2 iterations per user.
        String hash = new PasswordHasher().hash(DEMO_PASSWORD);
        for (Person p : people) {
            em.persist(new StaffUser(p.username(), p.displayName(), hash, p.role(), p.branch(), p.region(),
                    "zh_CN", time.now()));
        }
        return people.size();
    }
}
