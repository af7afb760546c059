package com.servicedesk.security;

import com.servicedesk.audit.AuditEvent;
import com.servicedesk.audit.AuditTrail;
import com.servicedesk.shared.InvalidInputException;
import com.servicedesk.shared.JsonSupport;
import com.servicedesk.shared.RecordNotFoundException;
import com.servicedesk.shared.Role;
import com.servicedesk.shared.TimeSource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Information security training: courses, sessions and attendance with scores against the pass mark.
 * Completion per branch (a valid pass of every mandatory course) feeds the assessment KPI.
 */
@Stateless
@PermitAll
public class TrainingService {

    /** A session as listed. */
    public record SessionView(long id, String course, LocalDate heldOn, String trainer, String location, long attendees) {
    }

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @Inject
    private TimeSource time;

    @EJB
    private CallerContext callers;

    public List<TrainingCourse> courses() {
        return em.createQuery("select c from TrainingCourse c order by c.code", TrainingCourse.class).getResultList();
    }

    public List<SessionView> sessions() {
        return em.createQuery("select s.id, s.courseCode, s.heldOn, s.trainer, s.location,"
                        + " (select count(a) from TrainingAttendance a where a.sessionId = s.id)"
                        + " from TrainingSession s order by s.heldOn desc", Object[].class)
                .getResultStream()
                .map(r -> new SessionView((Long) r[0], (String) r[1], (LocalDate) r[2], (String) r[3], (String) r[4], (Long) r[5]))
                .toList();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public SessionView schedule(String courseCode, LocalDate heldOn, String trainer, String location) {
        if (em.find(TrainingCourse.class, courseCode) == null) {
            throw new InvalidInputException("course", "is not a training course");
        }
        TrainingSession session = new TrainingSession(courseCode, heldOn, trainer, location);
        em.persist(session);
        em.flush();
        audit.record(AuditEvent.of("TrainingSession", session.id(), "SCHEDULE").withDetail(JsonSupport.JSON.createObjectBuilder()
                .add("course", courseCode).add("heldOn", heldOn.toString()).build().toString()));
        return new SessionView(session.id(), courseCode, heldOn, trainer, location, 0);
    }

    /** Records a member of staff's score in a session; the pass mark decides whether it counts. */
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    public boolean recordAttendance(long sessionId, String username, int score) {
        TrainingSession session = em.find(TrainingSession.class, sessionId);
        if (session == null) {
            throw new RecordNotFoundException("training session", sessionId);
        }
        if (score < 0 || score > 100) {
            throw new InvalidInputException("score", "must be between 0 and 100");
        }
        if (em.createQuery("select count(u) from StaffUser u where u.username = :u", Long.class)
                .setParameter("u", username).getSingleResult() == 0) {
            throw new InvalidInputException("username", "is not a member of staff");
        }
        TrainingCourse course = em.find(TrainingCourse.class, session.courseCode());
        TrainingAttendance attendance = new TrainingAttendance(session, course, username, score,
                callers.current().username(), time.now());
        em.merge(attendance);
        audit.record(AuditEvent.of("TrainingSession", sessionId, "ATTENDANCE").withDetail(JsonSupport.JSON.createObjectBuilder()
                .add("username", username).add("score", score).add("passed", attendance.passed()).build().toString()));
        return attendance.passed();
    }

    /** Completion of the mandatory courses per branch on a date, for branch staff (agents and supervisors). */
    public List<TrainingCompletion> completionByBranch(LocalDate asOf) {
        List<String> mandatory = em.createQuery("select c.code from TrainingCourse c where c.mandatory = true", String.class)
                .getResultList();
        Map<String, long[]> byBranch = new HashMap<>();
        for (Object[] row : em.createQuery("select u.branchCode, u.username from StaffUser u"
                + " where u.enabled = true and u.branchCode is not null", Object[].class).getResultList()) {
            byBranch.computeIfAbsent((String) row[0], b -> new long[2])[0]++;
        }
        for (Object[] row : em.createQuery("select u.branchCode, u.username, count(distinct s.courseCode)"
                        + " from StaffUser u, TrainingAttendance a, TrainingSession s where a.username = u.username"
                        + " and s.id = a.sessionId and a.passed = true and a.expiresOn >= :asOf and s.courseCode in :mandatory"
                        + " and u.enabled = true and u.branchCode is not null group by u.branchCode, u.username", Object[].class)
                .setParameter("asOf", asOf).setParameter("mandatory", mandatory).getResultList()) {
            if ((Long) row[2] == mandatory.size()) {
                byBranch.get((String) row[0])[1]++;
            }
        }
        List<TrainingCompletion> result = new ArrayList<>();
        byBranch.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> result.add(
                new TrainingCompletion(e.getKey(), e.getValue()[0], e.getValue()[1],
                        BigDecimal.valueOf(e.getValue()[1]).divide(BigDecimal.valueOf(Math.max(1, e.getValue()[0])),
                                4, RoundingMode.HALF_UP))));
        return result;
    }
}
