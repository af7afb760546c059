package com.servicedesk.demo;

import com.servicedesk.security.PasswordHasher;
import com.servicedesk.shared.Role;
import com.servicedesk.security.StaffUser;

import com.servicedesk.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * A second administrator, {@code admin2}, so that changes needing four-eyes (a holiday calendar) can
 * be shown: one administrator proposes, the other approves. A part of its own, so that a demo data
 * set made before it gains the user too.
 */
@ApplicationScoped
public class DemoSecondAdministrator implements DemoDataContributor {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TimeSource time;

    @Override
    public String name() {
        return "staff-admin2";
    }

    @Override
    public int order() {
        return 11;
    }

    @Override
    public int seed(DemoRandom random) {
        em.persist(new StaffUser("admin2", "系统管理员（复核）", new PasswordHasher().hash(DemoStaff.DEMO_PASSWORD),
                Role.ADMIN, null, null, "zh_CN", time.now()));
        return 1;
    }
}
