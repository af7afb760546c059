package com.servicedesk.complaint;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A computed deadline: the instant it ends and its last day. A flagged deadline touches a year
 * whose holiday calendar is not loaded: its due instant is then the unshifted last day, the earliest
 * the deadline can be, until the calendar is loaded; {@code flag} says which year is missing.
 */
public record Deadline(Instant dueAt, LocalDate lastDay, int limitDays, int pausedDays, boolean flagged,
                       String flag) {

    public boolean isOverdue(Instant now) {
        return !now.isBefore(dueAt);
    }

    /** Time left until the deadline; negative once it has passed. */
    public Duration remaining(Instant now) {
        return Duration.between(now, dueAt);
    }
}
