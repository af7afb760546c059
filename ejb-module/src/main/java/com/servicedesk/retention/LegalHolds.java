package com.servicedesk.retention;

import com.servicedesk.audit.AuditEvent;
import com.servicedesk.audit.AuditTrail;
import com.servicedesk.security.Caller;
import com.servicedesk.security.CallerContext;
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
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Legal holds on cases and customers. A supervisor, manager or auditor places one with a reason, within
 * their branches; someone else releases it. Each step is in the held record's own history.
 */
@Stateless
@RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.AUDITOR_NAME})
public class LegalHolds {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerContext callers;

    @EJB
    private AuditTrail audit;

    @Inject
    private TimeSource time;

    public HoldView place(HoldTarget target, long targetId, String reason) {
        Caller caller = callers.current();
        String why = requireReason(reason);
        String reference = reference(caller, target, targetId);
        if (!active(target, targetId).isEmpty()) {
            throw new ConflictException("already-held", target + " " + reference + " is already under a legal hold");
        }
        LegalHold hold = new LegalHold(target, targetId, why, caller.username(), time.now());
        em.persist(hold);
        em.flush();
        audit.record(AuditEvent.of(target.entity(), targetId, "PLACE_HOLD").withDetail(JsonSupport.JSON.createObjectBuilder()
                .add("hold", hold.id()).add("reason", why).build().toString()));
        return view(hold, reference);
    }

    /** Releases a hold; never by the person who placed it (four-eyes). */
    public HoldView release(long holdId, Long expectedVersion, String reason) {
        Caller caller = callers.current();
        String why = requireReason(reason);
        LegalHold hold = em.find(LegalHold.class, holdId);
        if (hold == null) {
            throw new RecordNotFoundException("legal hold", holdId);
        }
        String reference = reference(caller, hold.target(), hold.targetId());
        if (!hold.isActive()) {
            throw new ConflictException("hold-released", "legal hold " + holdId + " was released already");
        }
        if (hold.placedBy().equals(caller.username())) {
            throw new ConflictException("four-eyes", "a legal hold is released by someone other than " + hold.placedBy()
                    + ", who placed it");
        }
        if (expectedVersion != null && expectedVersion != hold.version()) {
            throw new com.servicedesk.shared.StaleVersionException("legal hold", holdId, expectedVersion, hold.version());
        }
        hold.release(caller.username(), time.now(), why);
        em.flush();
        audit.record(AuditEvent.of(hold.target().entity(), hold.targetId(), "RELEASE_HOLD").withDetail(JsonSupport.JSON
                .createObjectBuilder().add("hold", hold.id()).add("reason", why).build().toString()));
        return view(hold, reference);
    }

    /** The holds standing now within the caller's branches, newest first. */
    public List<HoldView> active() {
        Caller caller = callers.current();
        return em.createQuery("select h from LegalHold h where h.releasedAt is null order by h.placedAt desc", LegalHold.class)
                .getResultStream().map(h -> {
                    try {
                        return view(h, reference(caller, h.target(), h.targetId()));
                    } catch (RecordNotFoundException outOfScope) {
                        return null;
                    }
                }).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * Every hold of one case or customer, standing or released, newest first: whoever may see the case
     * sees that it is held (an agent too, on the case's page), though only the roles above hold and release.
     */
    @RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.AUDITOR_NAME})
    public List<HoldView> of(HoldTarget target, long targetId) {
        String reference = reference(callers.current(), target, targetId);
        return em.createQuery("select h from LegalHold h where h.target = :t and h.targetId = :id order by h.placedAt desc",
                        LegalHold.class).setParameter("t", target).setParameter("id", targetId)
                .getResultStream().map(h -> view(h, reference)).toList();
    }

    private List<LegalHold> active(HoldTarget target, long targetId) {
        return em.createQuery("select h from LegalHold h where h.target = :t and h.targetId = :id and h.releasedAt is null",
                LegalHold.class).setParameter("t", target).setParameter("id", targetId).getResultList();
    }

    /** The held record's reference (a customer's number), when it exists within the caller's branches. */
    private String reference(Caller caller, HoldTarget target, long targetId) {
        String select = target == HoldTarget.CUSTOMER ? "select concat('#', x.id), x.branchCode from Customer x where x.id = :id"
                : "select x.reference, x.branchCode from " + target.entity() + " x where x.id = :id";
        List<Object[]> row = em.createQuery(select, Object[].class).setParameter("id", targetId).getResultList();
        if (row.isEmpty() || !caller.scope().includes((String) row.get(0)[1])) {
            throw new RecordNotFoundException(target.name().toLowerCase(java.util.Locale.ROOT), targetId);
        }
        return (String) row.get(0)[0];
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank() || reason.strip().length() > 1000) {
            throw new InvalidInputException("reason", "is required, at most 1000 characters");
        }
        return reason.strip();
    }

    private static HoldView view(LegalHold h, String reference) {
        return new HoldView(h.id(), h.target(), h.targetId(), reference, h.reason(), h.placedBy(), h.placedAt(),
                h.releasedBy(), h.releasedAt(), h.releaseReason(), h.isActive(), h.version());
    }
}
