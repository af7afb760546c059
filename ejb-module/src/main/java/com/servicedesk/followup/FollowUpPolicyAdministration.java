package com.servicedesk.followup;

import com.servicedesk.audit.AuditEvent;
import com.servicedesk.audit.AuditTrail;
import com.servicedesk.shared.InvalidInputException;
import com.servicedesk.shared.InvalidInputException.Violation;
import com.servicedesk.shared.JsonSupport;
import com.servicedesk.shared.RecordNotFoundException;
import com.servicedesk.shared.Role;
import com.servicedesk.shared.TimeSource;
import com.servicedesk.shared.Validity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Follow-up policies as the administrator maintains them: the working days between an event and its
 * return visit change from a day, today or later; follow-ups already scheduled keep their due dates.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class FollowUpPolicyAdministration {

    /** A policy with the days it holds. */
    public record PolicyView(long id, String sourceEvent, int delayWorkingDays, String kind, String descriptionZh,
                             String descriptionEn, LocalDate effectiveFrom, LocalDate effectiveTo) implements java.io.Serializable {
    }

    /** A new delay for an event from a day, with its description (the current one when left out). */
    public record Change(Integer delayWorkingDays, String descriptionZh, String descriptionEn, LocalDate effectiveFrom) {
    }

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @Inject
    private TimeSource time;

    public List<PolicyView> history() {
        return em.createQuery("select p from FollowUpPolicy p order by p.sourceEvent, p.validity.effectiveFrom",
                FollowUpPolicy.class).getResultStream().map(FollowUpPolicyAdministration::view).toList();
    }

    @PermitAll
    public List<PolicyView> inForce() {
        LocalDate today = time.today();
        return history().stream().filter(p -> Validity.holds(p.effectiveFrom(), p.effectiveTo(), today)).toList();
    }

    public PolicyView change(String event, Change c) {
        List<FollowUpPolicy> rows = em.createQuery("select p from FollowUpPolicy p where p.sourceEvent = :e"
                        + " order by p.validity.effectiveFrom", FollowUpPolicy.class)
                .setParameter("e", event).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (rows.isEmpty()) {
            throw new RecordNotFoundException("follow-up policy for event", event);
        }
        List<Violation> v = new ArrayList<>();
        if (c.delayWorkingDays() == null || c.delayWorkingDays() < 0 || c.delayWorkingDays() > 60) {
            v.add(new Violation("delayWorkingDays", "must be between 0 and 60 working days"));
        }
        text(v, "descriptionZh", c.descriptionZh());
        text(v, "descriptionEn", c.descriptionEn());
        Validity.checkNotBefore(c.effectiveFrom(), time.today(), v);
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        LocalDate from = c.effectiveFrom();
        FollowUpPolicy current = rows.stream().filter(p -> p.validity().holdsOn(from)).findFirst()
                .orElse(rows.get(rows.size() - 1));
        String before = state(current);
        Validity.supersede(rows, FollowUpPolicy::validity, from).forEach(em::remove);
        FollowUpPolicy next = new FollowUpPolicy(event, c.delayWorkingDays(), current.kind(),
                c.descriptionZh() == null ? current.descriptionZh() : c.descriptionZh().strip(),
                c.descriptionEn() == null ? current.descriptionEn() : c.descriptionEn().strip(), from);
        em.persist(next);
        em.flush();
        audit.record(AuditEvent.of("FollowUpPolicy", event, "CHANGE").withStates(before, state(next)));
        return view(next);
    }

    private static void text(List<Violation> v, String field, String text) {
        if (text != null && (text.isBlank() || text.strip().length() > 200)) {
            v.add(new Violation(field, "must not be blank, at most 200 characters"));
        }
    }

    private static PolicyView view(FollowUpPolicy p) {
        return new PolicyView(p.id(), p.sourceEvent(), p.delayWorkingDays(), p.kind(), p.descriptionZh(),
                p.descriptionEn(), p.validity().effectiveFrom(), p.validity().effectiveTo());
    }

    private static String state(FollowUpPolicy p) {
        return JsonSupport.JSON.createObjectBuilder().add("sourceEvent", p.sourceEvent())
                .add("delayWorkingDays", p.delayWorkingDays()).add("descriptionZh", p.descriptionZh())
                .add("effectiveFrom", p.validity().effectiveFrom().toString()).build().toString();
    }
}
