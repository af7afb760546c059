package com.servicedesk.complaint;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A computed deadline: the instant it ends and its last day. A flagged deadline touches a year
 * whose holiday calendar is not loaded: its due instant is then the unshifted last day, the earliest
 * the deadline can be, until the calendar is loaded; {@code missingYears} says which years are missing.
 */
public record Deadline(Instant dueAt, LocalDate lastDay, int limitDays, int pausedDays, List<Integer> missingYears) {

    public Deadline {
        missingYears = List.copyOf(missingYears);
    }

    /** Whether the deadline reached a year whose holiday calendar is not in force. */
    public boolean flagged() {
        return !missingYears.isEmpty();
    }

    /** The flag as the API states it, or null. */
    public String flag() {
        return flagged() ? "holiday calendar not loaded for " + missingYears : null;
    }

    public boolean isOverdue(Instant now) {
        return !now.isBefore(dueAt);
    }

    /** Time left until the deadline; negative once it has passed. */
    public Duration remaining(Instant now) {
        return Duration.between(now, dueAt);
    }
}
