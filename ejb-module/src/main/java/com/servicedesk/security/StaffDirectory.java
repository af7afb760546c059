package com.servicedesk.security;

import com.servicedesk.audit.AuditEvent;
import com.servicedesk.audit.AuditTrail;
import com.servicedesk.shared.InvalidInputException;
import com.servicedesk.shared.JsonSupport;
import com.servicedesk.shared.Role;
import com.servicedesk.shared.TimeSource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Staff accounts as their owners see them, and the sign-in events the audit trail keeps. */
@Stateless
@PermitAll
public class StaffDirectory {

    /** The languages the portal speaks. */
    public static final Set<String> LOCALES = Set.of("zh_CN", "en");

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerContext callers;

    @EJB
    private AuditTrail audit;

    @EJB
    private CredentialCache cache;

    @Inject
    private TimeSource time;

    /** Remembers the signed-in user's language for their next visit. */
    public void changeOwnLocale(String locale) {
        if (!LOCALES.contains(locale)) {
            throw new InvalidInputException("locale", "must be one of " + LOCALES);
        }
        changeLocale(StaffUser.byUsername(em, callers.current().username()).orElseThrow(), locale);
    }

    private void changeLocale(StaffUser user, String locale) {
        if (!user.locale().equals(locale)) {
            String before = user.locale();
            user.changeLocale(locale);
            audit.recordAs(user.username(), AuditEvent.of("StaffUser", user.username(), "CHANGE_LOCALE")
                    .withStates(json("locale", before), json("locale", locale)));
        }
    }

    /** Changes the signed-in user's own password: the current one is checked, the new one must meet the policy. */
    public void changeOwnPassword(String current, String replacement) {
        String username = callers.current().username();
        StaffUser user = StaffUser.byUsername(em, username).orElseThrow();
        PasswordHasher hasher = new PasswordHasher();
        if (current == null || !hasher.verify(current, user.passwordHash())) {
            throw new InvalidInputException("currentPassword", "is not your current password");
        }
        List<String> problems = PasswordPolicy.problems(username, replacement);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("newPassword", String.join("; ", problems));
        }
        user.changePassword(hasher.hash(replacement), time.now());
        cache.evict(username);
        audit.record(AuditEvent.of("StaffUser", username, "PASSWORD_CHANGE"));
    }

    public String localeOf(String username) {
        return em.createQuery("select u.locale from StaffUser u where u.username = :u", String.class)
                .setParameter("u", username)
                .getResultStream().findFirst().orElse("zh_CN");
    }

    public Map<Role, Long> countByRole() {
        Map<Role, Long> counts = new EnumMap<>(Role.class);
        em.createQuery("select u.role, count(u) from StaffUser u where u.enabled = true group by u.role", Object[].class)
                .getResultList()
                .forEach(r -> counts.put((Role) r[0], (Long) r[1]));
        return counts;
    }

    /**
     * A portal sign-in, in a transaction of its own (failures are recorded where they are counted). A
     * language the user picked on the sign-in page becomes their language from now on.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordSignIn(String username, String remoteAddress, String chosenLocale) {
        audit.recordAs(username, AuditEvent.of("StaffUser", username, "LOGIN")
                .withDetail(json("remoteAddress", remoteAddress)));
        if (chosenLocale != null && LOCALES.contains(chosenLocale)) {
            StaffUser.byUsername(em, username).ifPresent(user -> changeLocale(user, chosenLocale));
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordSignOut(String username) {
        audit.recordAs(username, AuditEvent.of("StaffUser", username, "LOGOUT"));
    }

    private static String json(String name, String value) {
        return JsonSupport.JSON.createObjectBuilder().add(name, value == null ? "" : value).build().toString();
    }
}
