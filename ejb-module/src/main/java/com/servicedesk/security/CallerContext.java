package com.servicedesk.security;

import com.servicedesk.organisation.OrganisationService;
import com.servicedesk.shared.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves the signed-in principal to the member of staff, their role and their branch scope. Only
 * reads (the staff from the second-level cache by their natural id): it joins a caller's transaction
 * and opens none of its own, which was a tenth of the smallest authenticated call.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CallerContext {

    private static final String ANONYMOUS = "anonymous";

    @Resource
    private SessionContext session;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private OrganisationService organisation;

    @Inject
    private RequestCallers resolved;

    /** The caller; calls with no signed-in user (timers, start-up) run as {@link Caller#SYSTEM}. */
    public Caller current() {
        Principal principal = session.getCallerPrincipal();
        if (principal == null || ANONYMOUS.equals(principal.getName())) {
            return Caller.SYSTEM;
        }
        try {
            return resolved.resolve(principal.getName(), this::lookup);
        } catch (ContextNotActiveException noRequest) { // a call outside any request: nothing to share
            return lookup(principal.getName());
        }
    }

    private Caller lookup(String username) {
        return find(username)
                .orElseThrow(() -> new IllegalStateException("signed-in user " + username + " is not in the directory"));
    }

    public Optional<Caller> find(String username) {
        return StaffUser.byUsername(em, username).map(this::toCaller);
    }

    /**
     * Who answers for a branch's work: its first enabled supervisor other than {@code except}, or
     * else the manager of its region.
     */
    public String responsibleFor(String branchCode, String except) {
        String exclude = except == null ? "" : except;
        return em.createQuery("select u.username from StaffUser u where u.enabled = true and u.username <> :x and"
                        + " ((u.role = :s and u.branchCode = :b) or (u.role = :m and u.regionCode ="
                        + " (select b.regionCode from Branch b where b.code = :b)))"
                        + " order by case when u.role = :s then 0 else 1 end, u.username", String.class)
                .setParameter("x", exclude).setParameter("s", Role.SUPERVISOR).setParameter("m", Role.MANAGER)
                .setParameter("b", branchCode).setMaxResults(1).getResultStream().findFirst()
                .orElseThrow(() -> new IllegalStateException("nobody answers for branch " + branchCode));
    }

    private Caller toCaller(StaffUser user) {
        return new Caller(user.username(), user.displayName(), user.role(), user.branchCode(), user.regionCode(),
                scopeOf(user));
    }

    private BranchScope scopeOf(StaffUser user) {
        return switch (user.role()) {
            case AGENT, SUPERVISOR -> BranchScope.of(Set.of(user.branchCode()));
            case MANAGER -> BranchScope.of(new HashSet<>(organisation.branchCodesOfRegion(user.regionCode())));
            case AUDITOR -> BranchScope.ALL;
            case ADMIN -> BranchScope.NONE;
        };
    }
}
