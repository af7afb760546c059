package com.servicedesk.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.servicedesk.security.BranchScope;
import com.servicedesk.security.Caller;
import com.servicedesk.shared.Role;
import com.servicedesk.shared.ConflictException;
import com.servicedesk.shared.ForbiddenException;
import com.servicedesk.shared.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ImprovementActionTest {

    private static final Caller OWNER = new Caller("bj01.sup", "主管", Role.SUPERVISOR, "BJ01", "NORTH",
            BranchScope.of(Set.of("BJ01")));
    private static final Caller OTHER = new Caller("north.mgr", "经理", Role.MANAGER, null, "NORTH",
            BranchScope.of(Set.of("BJ01", "BJ02")));
    private static final LocalDate DUE = LocalDate.of(2026, 11, 20);

    private static ImprovementAction action() {
        return new ImprovementAction("回访低分整改", null, ImprovementAction.Origin.RETURN_VISIT, "BJ01", OWNER.username(),
                DUE, "system", Instant.EPOCH, List.of(new ImprovementAction.Source("ReturnVisit", "9", "FW-1")));
    }

    @Test
    void theOwnerWorksItAndSomeoneElseChecksIt() {
        ImprovementAction a = action();
        assertEquals("回访低分整改", a.description(), "the title stands in for a missing description");
        assertThrows(ForbiddenException.class, () -> a.start(OTHER));
        a.start(OWNER);
        a.complete(OWNER, DUE);
        assertTrue(a.doneOnTime());
        assertThrows(ConflictException.class, () -> a.check(OWNER, ImprovementAction.CheckResult.EFFECTIVE, null));
        a.check(OTHER, ImprovementAction.CheckResult.EFFECTIVE, "两周内未再发生");
        assertEquals(ImprovementAction.Status.CHECKED, a.status());
        assertEquals("north.mgr", a.checkedBy());
        assertTrue(a.doneOnTime(), "checking later does not change when it was done");
    }

    @Test
    void doneAfterTheDueDateIsLateAndNotYetDoneIsNotOnTime() {
        ImprovementAction a = action();
        assertFalse(a.doneOnTime());
        a.complete(OWNER, DUE.plusDays(1));
        assertFalse(a.doneOnTime());
        assertThrows(ConflictException.class, () -> a.start(OWNER));
    }

    @Test
    void everyActionHasATitleAndAnOwner() {
        assertThrows(InvalidInputException.class, () -> new ImprovementAction(" ", null,
                ImprovementAction.Origin.MANUAL, "BJ01", "x", DUE, "s", Instant.EPOCH, List.of()));
        assertThrows(InvalidInputException.class, () -> new ImprovementAction("t", null,
                ImprovementAction.Origin.MANUAL, "BJ01", null, DUE, "s", Instant.EPOCH, List.of()));
    }
}
