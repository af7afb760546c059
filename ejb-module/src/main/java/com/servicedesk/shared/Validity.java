package com.servicedesk.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The days a rule holds: from its first day up to (not including) its end, open when it has none.
 * A rule changes from a day by ending the one that holds then and starting another; a change that
 * was scheduled for that day or later is replaced. So every case can be judged by the rule that held
 * on its own day.
 */
@Embeddable
public class Validity {

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "effective_to")
    private LocalDate effectiveTo;

    protected Validity() {
    }

    public static Validity from(LocalDate day) {
        Validity v = new Validity();
        v.effectiveFrom = Objects.requireNonNull(day);
        return v;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public LocalDate effectiveTo() {
        return effectiveTo;
    }

    public boolean holdsOn(LocalDate day) {
        return holds(effectiveFrom, effectiveTo, day);
    }

    /** Whether a rule from {@code from} up to (not including) {@code to}, open when null, holds on a day. */
    public static boolean holds(LocalDate from, LocalDate to, LocalDate day) {
        return !day.isBefore(from) && (to == null || day.isBefore(to));
    }

    /**
     * Makes room for a rule from {@code day} among {@code rules} (all of one key): those that still hold
     * on that day end the day before; those starting on it or later are returned, to be removed.
     */
    public static <T> List<T> supersede(List<T> rules, Function<T, Validity> validity, LocalDate day) {
        List<T> replaced = new ArrayList<>();
        for (T rule : rules) {
            Validity v = validity.apply(rule);
            if (!v.effectiveFrom.isBefore(day)) {
                replaced.add(rule);
            } else if (v.effectiveTo == null || v.effectiveTo.isAfter(day)) {
                v.effectiveTo = day;
            }
        }
        return replaced;
    }

    /**
     * A change takes effect on {@code earliest} or later, an earlier day would rewrite cases already
     * judged: adds the violation of {@code effectiveFrom} to those found so far.
     */
    public static void checkNotBefore(LocalDate day, LocalDate earliest, List<InvalidInputException.Violation> violations) {
        if (day == null || day.isBefore(earliest)) {
            violations.add(new InvalidInputException.Violation("effectiveFrom", "is required and may not lie before " + earliest));
        }
    }
}
