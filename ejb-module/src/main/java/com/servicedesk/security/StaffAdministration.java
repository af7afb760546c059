package com.servicedesk.security;

import com.servicedesk.audit.AuditEvent;
import com.servicedesk.audit.AuditTrail;
import com.servicedesk.organisation.OrganisationService;
import com.servicedesk.shared.ConflictException;
import com.servicedesk.shared.InvalidInputException;
import com.servicedesk.shared.JsonSupport;
import com.servicedesk.shared.RecordNotFoundException;
import com.servicedesk.shared.Role;
import com.servicedesk.shared.TimeSource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * The administrator's work on staff accounts: create them (the password policy applies), change a
 * role or scope, unlock, disable. Every change is audited and forgets the account's cached logins.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class StaffAdministration {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @EJB
    private CredentialCache cache;

    @EJB
    private OrganisationService organisation;

    @Inject
    private TimeSource time;

    private final PasswordHasher hasher = new PasswordHasher();

    public List<StaffView> users() {
        Instant now = time.now();
        return em.createQuery("select u from StaffUser u order by u.role, u.branchCode, u.username", StaffUser.class)
                .getResultStream().map(u -> StaffView.of(u, now)).toList();
    }

    public StaffView create(NewStaff input) {
        List<String> problems = PasswordPolicy.problems(input.username(), input.password());
        if (!problems.isEmpty()) {
            throw new InvalidInputException("password", String.join("; ", problems));
        }
        if (find(input.username()) != null) {
            throw new ConflictException("username-taken", "the username " + input.username() + " is already in use");
        }
        checkScope(input.role(), input.branchCode(), input.regionCode());
        StaffUser user;
        try {
            user = new StaffUser(input.username(), input.displayName().strip(), hasher.hash(input.password()),
                    input.role(), input.branchCode(), input.regionCode(), "zh_CN", time.now());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("role", e.getMessage());
        }
        em.persist(user);
        audit.record(AuditEvent.of("StaffUser", user.username(), "CREATE_USER").withStates(null, state(user)));
        return StaffView.of(user, time.now());
    }

    /** A change of role or scope: a privilege change, audited with before and after. */
    public StaffView changeRole(String username, Role role, String branchCode, String regionCode) {
        StaffUser user = get(username);
        checkScope(role, branchCode, regionCode);
        String before = state(user);
        try {
            user.changeRole(role, branchCode, regionCode);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("role", e.getMessage());
        }
        cache.evict(username);
        audit.record(AuditEvent.of("StaffUser", username, "ROLE_CHANGE").withStates(before, state(user)));
        return StaffView.of(user, time.now());
    }

    public StaffView unlock(String username) {
        StaffUser user = get(username);
        String before = state(user);
        user.unlock();
        audit.record(AuditEvent.of("StaffUser", username, "UNLOCK").withStates(before, state(user)));
        return StaffView.of(user, time.now());
    }

    public StaffView setEnabled(String username, boolean enabled) {
        StaffUser user = get(username);
        String before = state(user);
        user.setEnabled(enabled);
        cache.evict(username);
        audit.record(AuditEvent.of("StaffUser", username, enabled ? "ENABLE" : "DISABLE").withStates(before, state(user)));
        return StaffView.of(user, time.now());
    }

    private void checkScope(Role role, String branchCode, String regionCode) {
        if (branchCode != null && organisation.findOpenBranch(branchCode).isEmpty()) {
            throw new InvalidInputException("branchCode", "is not an open branch of the bank");
        }
        if (regionCode != null && organisation.regions().stream().noneMatch(r -> r.code().equals(regionCode))) {
            throw new InvalidInputException("regionCode", "is not a region of the bank");
        }
    }

    private StaffUser find(String username) {
        return StaffUser.byUsername(em, username).orElse(null);
    }

    private StaffUser get(String username) {
        StaffUser user = find(username);
        if (user == null) {
            throw new RecordNotFoundException("staff member", username);
        }
        return user;
    }

    static String state(StaffUser u) {
        JsonObjectBuilder json = JsonSupport.JSON.createObjectBuilder()
                .add("role", u.role().name())
                .add("enabled", u.enabled())
                .add("locked", u.lockedUntil() != null);
        if (u.branchCode() != null) {
            json.add("branchCode", u.branchCode());
        }
        if (u.regionCode() != null) {
            json.add("regionCode", u.regionCode());
        }
        return json.build().toString();
    }
}
