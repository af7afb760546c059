package com.servicedesk.complaint;

import com.servicedesk.calendar.HolidayCalendar;
import com.servicedesk.shared.ConflictException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Computes complaint deadlines from a policy and the holiday calendar. Pure: the same inputs give
 * the same deadline, so the rules are tested as a table without a server.
 */
public final class DeadlineEngine {

    /** Far enough for the longest break (Spring Festival is nine days) with room to spare. */
    private static final int MAX_SHIFT_DAYS = 31;

    private final HolidayCalendar calendar;

    public DeadlineEngine(HolidayCalendar calendar) {
        this.calendar = calendar;
    }

    /**
     * The decision deadline at an extension level, with the days the clock was paused (external
     * appraisal) added to the limit.
     */
    public Deadline decision(DeadlinePolicy policy, Instant receivedAt, int extensionLevel, int pausedDays) {
        int limit = policy.decisionDays(extensionLevel)
                .orElseThrow(() -> new ConflictException("no-such-extension",
                        "policy " + policy.code() + " has no extension level " + extensionLevel));
        return periodAfter(policy, receivedAt, limit, pausedDays);
    }

    /** The last moment the customer may ask for a review of the decision told at {@code respondedAt}. */
    public Optional<Deadline> reviewRequestWindow(DeadlinePolicy policy, Instant respondedAt) {
        return policy.reviewRequestDays().stream().boxed().findFirst()
                .map(days -> periodAfter(policy, respondedAt, days, 0));
    }

    /** The review's own decision deadline, counted from the review request. */
    public Optional<Deadline> reviewDecision(DeadlinePolicy policy, Instant requestedAt) {
        return policy.reviewDecisionDays().stream().boxed().findFirst()
                .map(days -> periodAfter(policy, requestedAt, days, 0));
    }

    /**
     * The end of the summary-resolution window: close of the Nth business day after the day of
     * receipt (FCA DISP 1.5: three business days). Business days are Monday to Friday, less
     * statutory rest days where the policy uses the holiday calendar.
     */
    public Optional<Deadline> summaryResolution(DeadlinePolicy policy, Instant receivedAt) {
        if (policy.summaryBusinessDays().isEmpty()) {
            return Optional.empty();
        }
        int wanted = policy.summaryBusinessDays().getAsInt();
        ZoneId zone = policy.zone();
        LocalDate day = LocalDate.ofInstant(receivedAt, zone);
        TreeSet<Integer> missing = new TreeSet<>();
        int counted = 0;
        while (counted < wanted) {
            day = day.plusDays(1);
            if (!isRestDay(policy, day, missing)) {
                counted++;
            }
        }
        return Optional.of(deadline(zone, day, wanted, 0, missing));
    }

    private Deadline periodAfter(DeadlinePolicy policy, Instant start, int limitDays, int pausedDays) {
        ZoneId zone = policy.zone();
        LocalDate lastDay = LocalDate.ofInstant(start, zone).plusDays((long) limitDays + pausedDays);
        TreeSet<Integer> missing = new TreeSet<>();
        if (policy.counting() == DayCounting.CIVIL_CODE_DAYS) {
            LocalDate shifted = lastDay;
            int guard = 0;
            while (isRestDay(policy, shifted, missing) && guard++ < MAX_SHIFT_DAYS) {
                shifted = shifted.plusDays(1);
            }
            if (missing.isEmpty()) {
                lastDay = shifted;
            }
        }
        return deadline(zone, lastDay, limitDays, pausedDays, missing);
    }

    private static Deadline deadline(ZoneId zone, LocalDate lastDay, int limitDays, int pausedDays,
                                     TreeSet<Integer> missing) {
        Instant dueAt = lastDay.plusDays(1).atStartOfDay(zone).toInstant();
        return new Deadline(dueAt, lastDay, limitDays, pausedDays, List.copyOf(missing));
    }

    /** A rest day by the calendar, or by the weekend alone where its year is missing (and noted). */
    private boolean isRestDay(DeadlinePolicy policy, LocalDate day, TreeSet<Integer> missing) {
        if (!policy.usesHolidayCalendar()) {
            return HolidayCalendar.isWeekend(day);
        }
        Optional<Boolean> rest = calendar.isRestDay(day);
        if (rest.isEmpty()) {
            missing.add(day.getYear());
            return HolidayCalendar.isWeekend(day);
        }
        return rest.get();
    }
}
