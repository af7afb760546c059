package com.servicedesk.complaint;

import com.servicedesk.audit.AuditEvent;
import com.servicedesk.audit.AuditTrail;
import com.servicedesk.security.CallerContext;
import com.servicedesk.shared.ConflictException;
import com.servicedesk.shared.InvalidInputException;
import com.servicedesk.shared.InvalidInputException.Violation;
import com.servicedesk.shared.JsonSupport;
import com.servicedesk.shared.RecordNotFoundException;
import com.servicedesk.shared.Role;
import com.servicedesk.shared.Validity;
import com.servicedesk.shared.TimeSource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Deadline policies as the administrator maintains them: a family's next revision, effective from a
 * day for complaints received from then on. A revision that changes a legal day count (the decision
 * limit, an extension, the review window or clock, the summary window) waits for a second
 * administrator, as a holiday calendar does; one that changes only who may extend or whether the clock
 * may stop is in force at once. Every step is audited with the rules before and after.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class DeadlinePolicyAdministration {

    static final String AUDIT_TYPE = "DeadlinePolicy";
    private static final int MAX_DAYS = 365;
    private static final Set<Role> GRANTORS = Set.of(Role.SUPERVISOR, Role.MANAGER);

    /** A revision as the administrator and integrators see it. */
    public record PolicyView(String code, String family, int revision, String nameZh, String nameEn, DayCounting counting,
                             boolean isDefault, LocalDate effectiveFrom, DeadlinePolicy.Status status,
                             boolean inForceToday, DeadlinePolicy.Rules rules, String reason, String proposedBy,
                             Instant proposedAt, String approvedBy, Instant approvedAt, long version) implements java.io.Serializable {
    }

    /** What the next revision changes: what is left out stays as in force; a reason and a day are required. */
    public record Revision(LocalDate effectiveFrom, Integer decisionDays, Integer firstExtensionDays,
                           Integer secondExtensionDays, Integer reviewRequestDays, Integer reviewDecisionDays,
                           Integer summaryBusinessDays, Role firstExtensionRole, Role secondExtensionRole,
                           Boolean pauseAllowed, String reason) {
    }

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @EJB
    private CallerContext callers;

    @Inject
    private TimeSource time;

    /** Every revision of every family, oldest first. */
    public List<PolicyView> revisions() {
        return view(em.createQuery("select p from DeadlinePolicy p order by p.family, p.revision", DeadlinePolicy.class)
                .getResultList());
    }

    /** Each family's revision in force today (the reference list). */
    @PermitAll
    public List<PolicyView> inForce() {
        return revisions().stream().filter(PolicyView::inForceToday).toList();
    }

    /** Proposes (or, when no legal limit changes, puts in force) a family's next revision. */
    public PolicyView revise(String family, Revision change) {
        LocalDate today = time.today();
        DeadlinePolicy latest = latest(family);
        List<DeadlinePolicy> all = family(family);
        if (all.stream().anyMatch(p -> p.status() == DeadlinePolicy.Status.PROPOSED)) {
            throw new ConflictException("revision-pending", "a revision of " + family
                    + " is waiting for approval: approve or withdraw it first");
        }
        DeadlinePolicy base = inForceOn(all, today).orElse(latest);
        DeadlinePolicy.Rules rules = merge(base.rules(), change);
        List<Violation> v = validate(rules, change, today);
        if (v.isEmpty() && rules.equals(base.rules())) {
            v.add(new Violation("rules", "are the rules in force: the revision would change nothing"));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        boolean fourEyes = rules.changesLimitsOf(base.rules());
        DeadlinePolicy next = base.revise(latest.revision() + 1, rules, change.effectiveFrom(), change.reason().strip(),
                fourEyes, callers.current().username(), time.now());
        em.persist(next);
        em.flush();
        audit.record(AuditEvent.of(AUDIT_TYPE, next.code(), fourEyes ? "PROPOSE" : "REVISE")
                .withStates(state(base), state(next)));
        return view(next, today);
    }

    /** A second administrator puts a proposed revision in force; its proposer may not (four-eyes). */
    public PolicyView approve(String code) {
        DeadlinePolicy p = proposed(code);
        String me = callers.current().username();
        if (me.equals(p.proposedBy())) {
            throw new ConflictException("four-eyes", "you proposed " + code + ": another administrator must approve it");
        }
        if (p.effectiveFrom().isBefore(time.today())) {
            throw new ConflictException("effective-date-passed", code + " was to take effect on " + p.effectiveFrom()
                    + ", which has passed: withdraw it and propose it again from a later day");
        }
        String before = state(p);
        p.approve(me, time.now());
        em.flush();
        audit.record(AuditEvent.of(AUDIT_TYPE, code, "APPROVE").withStates(before, state(p)));
        return view(p, time.today());
    }

    public PolicyView withdraw(String code, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "is required");
        }
        DeadlinePolicy p = proposed(code);
        String before = state(p);
        p.withdraw();
        em.flush();
        audit.record(AuditEvent.of(AUDIT_TYPE, code, "WITHDRAW").withStates(before, state(p))
                .withDetail(JsonSupport.JSON.createObjectBuilder().add("reason", reason.strip()).build().toString()));
        return view(p, time.today());
    }

    private DeadlinePolicy proposed(String code) {
        DeadlinePolicy p = code == null ? null : em.find(DeadlinePolicy.class, code);
        if (p == null) {
            throw new RecordNotFoundException("deadline policy", code);
        }
        latest(p.family()); // serialises with a concurrent revision, approval or withdrawal of the family
        em.refresh(p);
        if (p.status() != DeadlinePolicy.Status.PROPOSED) {
            throw new ConflictException("not-proposed", code + " is " + p.status() + ", not waiting for approval");
        }
        return p;
    }

    /** The family's newest revision, locked: one change to a family at a time. */
    private DeadlinePolicy latest(String family) {
        List<DeadlinePolicy> rows = em.createQuery("select p from DeadlinePolicy p where p.family = :f"
                        + " order by p.revision desc", DeadlinePolicy.class)
                .setParameter("f", family).setMaxResults(1).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (rows.isEmpty()) {
            throw new RecordNotFoundException("deadline policy family", family);
        }
        return rows.get(0);
    }

    private List<DeadlinePolicy> family(String family) {
        return em.createQuery("select p from DeadlinePolicy p where p.family = :f order by p.revision", DeadlinePolicy.class)
                .setParameter("f", family).getResultList();
    }

    private static java.util.Optional<DeadlinePolicy> inForceOn(List<DeadlinePolicy> family, LocalDate day) {
        return family.stream().filter(p -> p.status() == DeadlinePolicy.Status.IN_FORCE && !p.effectiveFrom().isAfter(day))
                .reduce((a, b) -> b.effectiveFrom().isBefore(a.effectiveFrom()) ? a : b);
    }

    private static DeadlinePolicy.Rules merge(DeadlinePolicy.Rules r, Revision c) {
        return new DeadlinePolicy.Rules(c.decisionDays() != null ? c.decisionDays() : r.decisionDays(),
                c.firstExtensionDays() != null ? c.firstExtensionDays() : r.firstExtensionDays(),
                c.secondExtensionDays() != null ? c.secondExtensionDays() : r.secondExtensionDays(),
                c.reviewRequestDays() != null ? c.reviewRequestDays() : r.reviewRequestDays(),
                c.reviewDecisionDays() != null ? c.reviewDecisionDays() : r.reviewDecisionDays(),
                c.summaryBusinessDays() != null ? c.summaryBusinessDays() : r.summaryBusinessDays(),
                c.firstExtensionRole() != null ? c.firstExtensionRole() : r.firstExtensionRole(),
                c.secondExtensionRole() != null ? c.secondExtensionRole() : r.secondExtensionRole(),
                c.pauseAllowed() != null ? c.pauseAllowed() : r.pauseAllowed());
    }

    private static List<Violation> validate(DeadlinePolicy.Rules r, Revision c, LocalDate today) {
        List<Violation> v = new ArrayList<>();
        Validity.checkNotBefore(c.effectiveFrom(), today, v);
        if (c.reason() == null || c.reason().isBlank() || c.reason().strip().length() > 1000) {
            v.add(new Violation("reason", "is required (the notice or decision behind the change), at most 1000 characters"));
        }
        days(v, "decisionDays", r.decisionDays());
        days(v, "firstExtensionDays", r.firstExtensionDays());
        days(v, "secondExtensionDays", r.secondExtensionDays());
        days(v, "reviewRequestDays", r.reviewRequestDays());
        days(v, "reviewDecisionDays", r.reviewDecisionDays());
        days(v, "summaryBusinessDays", r.summaryBusinessDays());
        if (r.firstExtensionDays() != null && r.firstExtensionDays() <= r.decisionDays()) {
            v.add(new Violation("firstExtensionDays", "must be longer than the decision limit (" + r.decisionDays() + " days)"));
        }
        if (r.secondExtensionDays() != null && (r.firstExtensionDays() == null
                || r.secondExtensionDays() <= r.firstExtensionDays())) {
            v.add(new Violation("secondExtensionDays", "needs a first extension and must be longer than it"));
        }
        if (!GRANTORS.contains(r.firstExtensionRole())) {
            v.add(new Violation("firstExtensionRole", "must be SUPERVISOR or MANAGER"));
        }
        if (!GRANTORS.contains(r.secondExtensionRole())) {
            v.add(new Violation("secondExtensionRole", "must be SUPERVISOR or MANAGER"));
        }
        return v;
    }

    private static void days(List<Violation> v, String field, Integer days) {
        if (days != null && (days < 1 || days > MAX_DAYS)) {
            v.add(new Violation(field, "must be between 1 and " + MAX_DAYS + " days"));
        }
    }

    private List<PolicyView> view(List<DeadlinePolicy> rows) {
        LocalDate today = time.today();
        Map<String, String> current = new LinkedHashMap<>();
        rows.stream().map(DeadlinePolicy::family).distinct().forEach(f -> inForceOn(
                rows.stream().filter(p -> p.family().equals(f)).toList(), today).ifPresent(p -> current.put(f, p.code())));
        return rows.stream().map(p -> view(p, p.code().equals(current.get(p.family())))).toList();
    }

    private PolicyView view(DeadlinePolicy p, LocalDate today) {
        return view(p, inForceOn(family(p.family()), today).map(c -> c.code().equals(p.code())).orElse(false));
    }

    private static PolicyView view(DeadlinePolicy p, boolean inForceToday) {
        return new PolicyView(p.code(), p.family(), p.revision(), p.nameZh(), p.nameEn(), p.counting(), p.isDefault(),
                p.effectiveFrom(), p.status(), inForceToday, p.rules(), p.reason(), p.proposedBy(), p.proposedAt(),
                p.approvedBy(), p.approvedAt(), p.version());
    }

    private static String state(DeadlinePolicy p) {
        DeadlinePolicy.Rules r = p.rules();
        JsonObjectBuilder json = JsonSupport.JSON.createObjectBuilder().add("code", p.code()).add("revision", p.revision())
                .add("status", p.status().name()).add("effectiveFrom", p.effectiveFrom().toString())
                .add("decisionDays", r.decisionDays())
                .add("firstExtensionRole", r.firstExtensionRole().name())
                .add("secondExtensionRole", r.secondExtensionRole().name()).add("pauseAllowed", r.pauseAllowed());
        optional(json, "firstExtensionDays", r.firstExtensionDays());
        optional(json, "secondExtensionDays", r.secondExtensionDays());
        optional(json, "reviewRequestDays", r.reviewRequestDays());
        optional(json, "reviewDecisionDays", r.reviewDecisionDays());
        optional(json, "summaryBusinessDays", r.summaryBusinessDays());
        return json.build().toString();
    }

    private static void optional(JsonObjectBuilder json, String name, Integer value) {
        if (value != null) {
            json.add(name, value);
        }
    }
}
