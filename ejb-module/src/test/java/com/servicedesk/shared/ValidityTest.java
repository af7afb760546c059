package com.servicedesk.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ValidityTest {

    private static final LocalDate JAN_1 = LocalDate.of(2027, 1, 1);

    @Test
    void holdsFromItsFirstDayUpToButNotIncludingItsEnd() {
        List<Validity> rules = new ArrayList<>(List.of(Validity.from(LocalDate.of(2020, 1, 1))));
        Validity.supersede(rules, Function.identity(), JAN_1);
        Validity old = rules.get(0);
        assertTrue(old.holdsOn(JAN_1.minusDays(1)));
        assertFalse(old.holdsOn(JAN_1), "the new rule's first day belongs to it alone");
        assertFalse(old.holdsOn(LocalDate.of(2019, 12, 31)));
        assertTrue(Validity.from(JAN_1).holdsOn(LocalDate.of(2099, 1, 1)), "open when it has no end");
    }

    @Test
    void aChangeReplacesWhatWasScheduledForItsDayOrLaterAndEndsWhatHoldsThen() {
        Validity current = Validity.from(LocalDate.of(2020, 1, 1));
        Validity scheduled = Validity.from(JAN_1.plusDays(10));
        Validity sameDay = Validity.from(JAN_1);
        Validity past = Validity.from(LocalDate.of(2019, 1, 1));
        Validity.supersede(List.of(past), Function.identity(), LocalDate.of(2020, 1, 1));
        List<Validity> replaced = Validity.supersede(List.of(past, current, scheduled, sameDay), Function.identity(), JAN_1);
        assertEquals(List.of(scheduled, sameDay), replaced);
        assertEquals(JAN_1, current.effectiveTo());
        assertEquals(LocalDate.of(2020, 1, 1), past.effectiveTo(), "a rule that had ended keeps its end");
        assertNull(scheduled.effectiveTo());
    }

    @Test
    void aChangeMayNotReachBackBeforeItsEarliestDay() {
        List<InvalidInputException.Violation> v = new ArrayList<>();
        Validity.checkNotBefore(JAN_1.minusDays(1), JAN_1, v);
        Validity.checkNotBefore(null, JAN_1, v);
        Validity.checkNotBefore(JAN_1, JAN_1, v);
        assertEquals(List.of("effectiveFrom", "effectiveFrom"), v.stream().map(InvalidInputException.Violation::field).toList());
    }
}
