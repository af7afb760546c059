package com.servicedesk.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The decision clock of a complaint: the policy it runs under, when it started, the extension level
 * reached, the days it stood still for an external appraisal, the due instant it gives (kept so that
 * queues sort and filter on it) with its flag, and how far it has been escalated.
 */
@Embeddable
public class DecisionClock {

    /** A complaint due within this is escalated to its supervisor; once overdue, to the manager. */
    public static final Duration DUE_SOON = Duration.ofDays(2);
    /** Escalation levels: to the branch supervisor when due soon, to the manager when overdue. */
    public static final int TO_SUPERVISOR = 1;
    public static final int TO_MANAGER = 2;

    @Column(name = "policy_code", nullable = false, length = 32)
    private String policyCode;

    /** Receipt, or the latest reopening: the day after it is day one (Civil Code art. 201). */
    @Column(name = "clock_started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "extension_level", nullable = false)
    private int extensionLevel;

    @Column(name = "paused_days", nullable = false)
    private int pausedDays;

    @Column(name = "paused_since")
    private Instant pausedSince;

    @Column(name = "decision_due_at", nullable = false)
    private Instant decisionDueAt;

    @Column(name = "due_flag", length = 200)
    private String dueFlag;

    @Column(name = "escalation_level", nullable = false)
    private int escalationLevel;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    protected DecisionClock() {
    }

    DecisionClock(DeadlinePolicy policy, Instant startedAt, DeadlineEngine engine) {
        this.policyCode = policy.code();
        this.startedAt = startedAt;
        recompute(policy, engine);
    }

    /** The due instant and flag, counted again from the start, the extension level and the paused days. */
    void recompute(DeadlinePolicy policy, DeadlineEngine engine) {
        Deadline deadline = engine.decision(policy, startedAt, extensionLevel, pausedDays);
        decisionDueAt = deadline.dueAt();
        dueFlag = deadline.flag();
    }

    /** The deadline as of now; while the clock is paused, the paused days so far count too. */
    Deadline deadline(DeadlinePolicy policy, DeadlineEngine engine, Instant now) {
        int paused = pausedDays + (pausedSince == null ? 0 : pausedDaysBetween(pausedSince, now, policy));
        return engine.decision(policy, startedAt, extensionLevel, paused);
    }

    void extendTo(int level, DeadlinePolicy policy, DeadlineEngine engine) {
        extensionLevel = level;
        recompute(policy, engine);
    }

    void pause(Instant at) {
        pausedSince = at;
    }

    void resume(Instant at, DeadlinePolicy policy, DeadlineEngine engine) {
        pausedDays += pausedDaysBetween(pausedSince, at, policy);
        pausedSince = null;
        recompute(policy, engine);
    }

    /**
     * The clock of a reopened complaint. The complaint rules (CBIRC 2020 No. 3) know no reopening:
     * a complaint the bank opens again after closing it is handled again, so it gets the decision
     * limit of art. 17 anew, counted from the day after the reopening by the Civil Code (arts. 201
     * and 203), with the extension ladder and the pause allowance of that new handling; what the first
     * handling used stays in the history. Escalation starts again too.
     */
    void restart(Instant at, DeadlinePolicy policy, DeadlineEngine engine) {
        startedAt = at;
        extensionLevel = 0;
        pausedDays = 0;
        pausedSince = null;
        escalationLevel = 0;
        escalatedAt = null;
        recompute(policy, engine);
    }

    /**
     * The escalation level the clock calls for now that it has not reached yet: to the manager once
     * overdue, to the supervisor when due within {@link #DUE_SOON}; 0 when none (a paused clock never
     * escalates).
     */
    int escalationDue(Instant now) {
        if (pausedSince != null) {
            return 0;
        }
        int wanted = !now.isBefore(decisionDueAt) ? TO_MANAGER
                : !now.plus(DUE_SOON).isBefore(decisionDueAt) ? TO_SUPERVISOR : 0;
        return wanted > escalationLevel ? wanted : 0;
    }

    void escalate(int level, Instant at) {
        escalationLevel = level;
        escalatedAt = at;
    }

    /** Whole days the clock stood still: calendar days between the pause's date and the resumption's date. */
    static int pausedDaysBetween(Instant from, Instant to, DeadlinePolicy policy) {
        LocalDate start = LocalDate.ofInstant(from, policy.zone());
        LocalDate end = LocalDate.ofInstant(to, policy.zone());
        return (int) Math.max(0, Duration.between(start.atStartOfDay(), end.atStartOfDay()).toDays());
    }

    public String policyCode() {
        return policyCode;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public int extensionLevel() {
        return extensionLevel;
    }

    public boolean isExtended() {
        return extensionLevel > 0;
    }

    public int pausedDays() {
        return pausedDays;
    }

    public Instant pausedSince() {
        return pausedSince;
    }

    public boolean isPaused() {
        return pausedSince != null;
    }

    public Instant decisionDueAt() {
        return decisionDueAt;
    }

    public String dueFlag() {
        return dueFlag;
    }

    public int escalationLevel() {
        return escalationLevel;
    }

    public Instant escalatedAt() {
        return escalatedAt;
    }
}
