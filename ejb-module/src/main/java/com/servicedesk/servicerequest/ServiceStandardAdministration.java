package com.servicedesk.servicerequest;

import com.servicedesk.audit.AuditEvent;
import com.servicedesk.audit.AuditTrail;
import com.servicedesk.reference.IntakeChannel;
import com.servicedesk.reference.ServiceCategory;
import com.servicedesk.shared.InvalidInputException;
import com.servicedesk.shared.InvalidInputException.Violation;
import com.servicedesk.shared.JsonSupport;
import com.servicedesk.shared.Role;
import com.servicedesk.shared.TimeSource;
import com.servicedesk.shared.Validity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Response-time standards as the administrator maintains them: a change to a category's targets (on
 * one channel, or its default for every channel) takes effect from a day, today or later. Requests
 * already in keep the due times they were given; a change already scheduled for that day or later
 * is replaced, and the audit entry says which.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class ServiceStandardAdministration {

    private static final int MAX_MINUTES = 60 * 24 * 60;

    /** A standard with the days it holds; {@code channel} null is the category's default. */
    public record StandardView(long id, String categoryCode, String channel, int firstResponseMinutes,
                               int resolutionMinutes, LocalDate effectiveFrom, LocalDate effectiveTo) implements java.io.Serializable {
    }

    /** New targets for a category (on a channel, or by default) from a day. */
    public record Change(String categoryCode, String channel, Integer firstResponseMinutes, Integer resolutionMinutes,
                         LocalDate effectiveFrom) {
    }

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @Inject
    private TimeSource time;

    /** Every standard ever entered, by category, channel and day. */
    public List<StandardView> history() {
        return em.createQuery("select s from ServiceStandard s order by s.categoryCode, s.channel nulls first,"
                + " s.validity.effectiveFrom", ServiceStandard.class).getResultStream().map(ServiceStandardAdministration::view)
                .toList();
    }

    /** The standards holding today. */
    @PermitAll
    public List<StandardView> inForce() {
        LocalDate today = time.today();
        return history().stream().filter(s -> Validity.holds(s.effectiveFrom(), s.effectiveTo(), today)).toList();
    }

    public StandardView change(Change c) {
        List<Violation> v = new ArrayList<>();
        // the category's row locked: one change to its standards at a time
        if (c.categoryCode() == null
                || em.find(ServiceCategory.class, c.categoryCode(), LockModeType.PESSIMISTIC_WRITE) == null) {
            v.add(new Violation("categoryCode", "is not a service category"));
        }
        if (c.channel() != null && em.find(IntakeChannel.class, c.channel()) == null) {
            v.add(new Violation("channel", "is not an intake channel (leave it out for the category's default)"));
        }
        if (c.firstResponseMinutes() == null || c.firstResponseMinutes() < 1 || c.firstResponseMinutes() > MAX_MINUTES) {
            v.add(new Violation("firstResponseMinutes", "must be between 1 and " + MAX_MINUTES + " minutes"));
        }
        if (c.resolutionMinutes() == null || c.resolutionMinutes() > MAX_MINUTES || c.firstResponseMinutes() != null
                && c.resolutionMinutes() <= c.firstResponseMinutes()) {
            v.add(new Violation("resolutionMinutes", "must be longer than the first response, at most " + MAX_MINUTES
                    + " minutes"));
        }
        Validity.checkNotBefore(c.effectiveFrom(), time.today(), v);
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        var query = em.createQuery("select s from ServiceStandard s where s.categoryCode = :c and "
                + (c.channel() == null ? "s.channel is null" : "s.channel = :ch"), ServiceStandard.class)
                .setParameter("c", c.categoryCode());
        if (c.channel() != null) {
            query.setParameter("ch", c.channel());
        }
        List<ServiceStandard> key = query.getResultList();
        LocalDate from = c.effectiveFrom();
        String before = key.stream().filter(s -> s.validity().holdsOn(from)).findFirst().map(ServiceStandardAdministration::state)
                .orElse(null);
        List<ServiceStandard> replaced = Validity.supersede(key, ServiceStandard::validity, from);
        replaced.forEach(em::remove);
        ServiceStandard next = new ServiceStandard(c.categoryCode(), c.channel(), c.firstResponseMinutes(),
                c.resolutionMinutes(), from);
        em.persist(next);
        em.flush();
        JsonArrayBuilder dropped = JsonSupport.JSON.createArrayBuilder();
        replaced.forEach(r -> dropped.add(json(r)));
        audit.record(AuditEvent.of("ServiceStandard", c.categoryCode() + (c.channel() == null ? "" : "/" + c.channel()),
                        "CHANGE").withStates(before, state(next))
                .withDetail(JsonSupport.JSON.createObjectBuilder().add("replacedScheduled", dropped).build().toString()));
        return view(next);
    }

    private static String state(ServiceStandard s) {
        return json(s).toString();
    }

    private static JsonObject json(ServiceStandard s) {
        var json = JsonSupport.JSON.createObjectBuilder().add("categoryCode", s.categoryCode())
                .add("firstResponseMinutes", s.firstResponseMinutes()).add("resolutionMinutes", s.resolutionMinutes())
                .add("effectiveFrom", s.validity().effectiveFrom().toString());
        if (s.channel() != null) {
            json.add("channel", s.channel());
        }
        if (s.validity().effectiveTo() != null) {
            json.add("effectiveTo", s.validity().effectiveTo().toString());
        }
        return json.build();
    }

    private static StandardView view(ServiceStandard s) {
        return new StandardView(s.id(), s.categoryCode(), s.channel(), s.firstResponseMinutes(), s.resolutionMinutes(),
                s.validity().effectiveFrom(), s.validity().effectiveTo());
    }
}
