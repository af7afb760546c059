package com.servicedesk.calendar;

import com.servicedesk.audit.AuditEvent;
import com.servicedesk.audit.AuditTrail;
import com.servicedesk.audit.HistoryEntry;
import com.servicedesk.security.CallerContext;
import com.servicedesk.shared.Role;
import com.servicedesk.shared.ConflictException;
import com.servicedesk.shared.InvalidInputException;
import com.servicedesk.shared.JsonSupport;
import com.servicedesk.shared.RecordNotFoundException;
import com.servicedesk.shared.TimeSource;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The holiday calendar as the bank maintains it: an administrator proposes a year's arrangement
 * (entered by hand or pasted from the notice), a different administrator puts it in force, and
 * every open case whose deadline that year can move is recomputed in the same transaction. A year
 * in force is corrected by a new version approved the same way. Every step is in the year's audit
 * chain with the version's days.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class HolidayCalendarAdministration {

    static final String AUDIT_TYPE = "HolidayCalendar";

    /** What a proposal answers: the version, and whether it is new (201) or a revised proposal (200). */
    public record Proposal(CalendarVersionView version, boolean created) {
    }

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerContext callers;

    @EJB
    private AuditTrail audit;

    @EJB
    private HolidayCalendarService calendars;

    @EJB
    private CalendarYears years;

    @Inject
    private Instance<CalendarDependent> dependents;

    @Inject
    private TimeSource time;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    // --- reading (any signed-in user) ---------------------------------------------------------

    /** Every year with its versions in force or waiting for approval, oldest year first. */
    @PermitAll
    public List<CalendarVersionView> versions() {
        return em.createQuery("select a from HolidayArrangement a where a.status in :shown order by a.year, a.version",
                        HolidayArrangement.class)
                .setParameter("shown", List.of(ArrangementStatus.IN_FORCE, ArrangementStatus.PROPOSED))
                .getResultStream().map(a -> CalendarVersionView.of(a, false, null)).toList();
    }

    /** The version in force for a year, with its days. */
    @PermitAll
    public Optional<CalendarVersionView> inForce(int year) {
        return find(year, ArrangementStatus.IN_FORCE).map(a -> CalendarVersionView.of(a, true, null));
    }

    /** Every version of a year ever entered, newest first, with its days: what an approver compares. */
    public List<CalendarVersionView> history(int year) {
        return em.createQuery("select a from HolidayArrangement a where a.year = :y order by a.version desc",
                        HolidayArrangement.class)
                .setParameter("y", year)
                .getResultStream().map(a -> CalendarVersionView.of(a, true, null)).toList();
    }

    /** The year's audit trail: every proposal, revision, approval and withdrawal. */
    public List<HistoryEntry> auditTrail(int year) {
        return audit.history(AUDIT_TYPE, year);
    }

    // --- changing (ADMIN) ---------------------------------------------------------------------

    /**
     * Proposes the year's arrangement. While a proposal waits, a new one revises it (same version
     * number, the reviser becomes its proposer); otherwise it is the next version. Refused whole,
     * with every offending date, when the days break the rules.
     */
    public Proposal propose(int year, String source, LocalDate noticeDate, List<ProposedDay> days) {
        List<ListedDay> checked = ArrangementRules.check(year, source, days);
        String me = callers.current().username();
        Instant now = time.now();
        lockYear(year);
        Optional<HolidayArrangement> pending = find(year, ArrangementStatus.PROPOSED);
        HolidayArrangement arrangement;
        String action;
        String before = null;
        if (pending.isPresent()) {
            arrangement = pending.get();
            before = snapshot(arrangement);
            arrangement.revise(source, noticeDate, checked, me, now);
            action = "REVISE";
        } else {
            int next = em.createQuery("select coalesce(max(a.version), 0) from HolidayArrangement a where a.year = :y",
                    Integer.class).setParameter("y", year).getSingleResult() + 1;
            arrangement = new HolidayArrangement(year, next, source, noticeDate, checked, me, now);
            em.persist(arrangement);
            action = "PROPOSE";
        }
        em.flush();
        audit.record(AuditEvent.of(AUDIT_TYPE, year, action).withStates(before, snapshot(arrangement)));
        return new Proposal(CalendarVersionView.of(arrangement, true, null), pending.isEmpty());
    }

    /**
     * Puts the year's proposal in force: another administrator than its proposer, once (a second
     * approval finds nothing proposed). The version it replaces is superseded, and every dependent
     * case is recomputed on the new calendar in this transaction.
     */
    public CalendarVersionView approve(int year) {
        String me = callers.current().username();
        Instant now = time.now();
        CalendarYear row = lockYear(year);
        HolidayArrangement proposal = find(year, ArrangementStatus.PROPOSED).orElseThrow(() ->
                new ConflictException("nothing-proposed", "no arrangement for " + year + " is waiting for approval"));
        Optional<HolidayArrangement> replaced = find(year, ArrangementStatus.IN_FORCE);
        proposal.approve(me, now);
        replaced.ifPresent(r -> r.supersede(now));
        row.putInForce(proposal.version());
        em.flush();
        HolidayCalendar calendar = calendars.calendar().withYear(year, proposal.kindsByDate());
        int recomputed = 0;
        for (CalendarDependent dependent : dependents) {
            recomputed += dependent.recompute(year, proposal.version(), calendar);
        }
        audit.record(AuditEvent.of(AUDIT_TYPE, year, "APPROVE")
                .withStates(replaced.map(HolidayCalendarAdministration::snapshot).orElse(null), snapshot(proposal))
                .withDetail(JsonSupport.JSON.createObjectBuilder()
                        .add("version", proposal.version())
                        .add("supersedes", replaced.map(HolidayArrangement::version).orElse(0))
                        .add("recomputedCases", recomputed)
                        .build().toString()));
        invalidateCalendarAfterCommit();
        return CalendarVersionView.of(proposal, true, recomputed);
    }

    /** Withdraws a waiting proposal, which is then never used; any administrator, with a reason. */
    public CalendarVersionView withdraw(int year, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "say why the proposal is withdrawn");
        }
        lockYear(year);
        HolidayArrangement proposal = find(year, ArrangementStatus.PROPOSED).orElseThrow(() ->
                new ConflictException("nothing-proposed", "no arrangement for " + year + " is waiting for approval"));
        String before = snapshot(proposal);
        proposal.withdraw();
        em.flush();
        audit.record(AuditEvent.of(AUDIT_TYPE, year, "WITHDRAW").withStates(before, snapshot(proposal))
                .withDetail(JsonSupport.JSON.createObjectBuilder().add("reason", reason.strip()).build().toString()));
        return CalendarVersionView.of(proposal, true, null);
    }

    // --- helpers ------------------------------------------------------------------------------

    /** The year's row, locked until this transaction ends; created first if the year is new. */
    private CalendarYear lockYear(int year) {
        CalendarYear row = em.find(CalendarYear.class, year, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            years.create(year);
            row = em.find(CalendarYear.class, year, LockModeType.PESSIMISTIC_WRITE);
            if (row == null) {
                throw new RecordNotFoundException("holiday calendar year", year);
            }
        }
        return row;
    }

    private Optional<HolidayArrangement> find(int year, ArrangementStatus status) {
        return em.createQuery("select a from HolidayArrangement a where a.year = :y and a.status = :s",
                        HolidayArrangement.class)
                .setParameter("y", year).setParameter("s", status)
                .getResultStream().findFirst();
    }

    /** The calendar cache is dropped once the approval's transaction has ended, committed or not. */
    private void invalidateCalendarAfterCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the commit
            }

            @Override
            public void afterCompletion(int status) {
                calendars.invalidate();
            }
        });
    }

    /** A version as its audit entries keep it: which days are off and which are worked. */
    static String snapshot(HolidayArrangement a) {
        JsonArrayBuilder off = JsonSupport.JSON.createArrayBuilder();
        JsonArrayBuilder working = JsonSupport.JSON.createArrayBuilder();
        for (ListedDay day : a.days()) {
            (day.kind() == DayKind.OFF ? off : working).add(day.date().toString());
        }
        JsonObjectBuilder json = JsonSupport.JSON.createObjectBuilder()
                .add("year", a.year())
                .add("version", a.version())
                .add("status", a.status().name())
                .add("source", a.source())
                .add("proposedBy", a.proposedBy());
        if (a.noticeDate() != null) {
            json.add("noticeDate", a.noticeDate().toString());
        }
        if (a.approvedBy() != null) {
            json.add("approvedBy", a.approvedBy());
        }
        return json.add("off", off).add("working", working).build().toString();
    }
}
