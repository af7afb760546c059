package com.servicedesk.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.servicedesk.shared.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DeadlinePolicyRulesTest {

    private static final DeadlinePolicy CBIRC = DeadlinePolicy.of("CBIRC_2020", DayCounting.CIVIL_CODE_DAYS,
            ZoneId.of("Asia/Shanghai"), true, 15, 30, 60, 30, 30, null);

    private static DeadlinePolicy.Rules with(int decision, Role first, boolean pause) {
        DeadlinePolicy.Rules r = CBIRC.rules();
        return new DeadlinePolicy.Rules(decision, r.firstExtensionDays(), r.secondExtensionDays(), r.reviewRequestDays(),
                r.reviewDecisionDays(), r.summaryBusinessDays(), first, r.secondExtensionRole(), pause);
    }

    @Test
    void onlyADayCountIsALegalLimit() {
        assertTrue(with(20, Role.SUPERVISOR, true).changesLimitsOf(CBIRC.rules()));
        assertFalse(with(15, Role.MANAGER, false).changesLimitsOf(CBIRC.rules()),
                "who extends and whether the clock stops are the bank's own rules");
        DeadlinePolicy.Rules r = CBIRC.rules();
        assertTrue(new DeadlinePolicy.Rules(15, 30, 60, 30, 30, 3, r.firstExtensionRole(), r.secondExtensionRole(), true)
                .changesLimitsOf(r), "a summary window where there was none");
    }

    @Test
    void theRegulatorsLadderByDefaultAndAManagerMayAlwaysExtend() {
        assertTrue(CBIRC.mayExtend(1, Role.SUPERVISOR));
        assertFalse(CBIRC.mayExtend(2, Role.SUPERVISOR));
        assertTrue(CBIRC.mayExtend(2, Role.MANAGER));
        assertFalse(CBIRC.mayExtend(1, Role.AGENT));
        assertTrue(CBIRC.pauseAllowed());
    }

    @Test
    void aRevisionIsARowOfItsOwnThatKeepsTheFamilysWayOfCounting() {
        DeadlinePolicy r2 = CBIRC.revise(2, with(20, Role.MANAGER, false), LocalDate.of(2027, 1, 1), "通知", true, "admin",
                Instant.parse("2026-12-02T00:00:00Z"));
        assertEquals("CBIRC_2020-R2", r2.code());
        assertEquals("CBIRC_2020", r2.family());
        assertEquals(DeadlinePolicy.Status.PROPOSED, r2.status());
        assertEquals(20, r2.decisionDays(0).getAsInt());
        assertEquals(DayCounting.CIVIL_CODE_DAYS, r2.counting());
        assertFalse(r2.mayExtend(1, Role.SUPERVISOR));
        assertFalse(r2.pauseAllowed());
        r2.approve("admin2", Instant.parse("2026-12-02T01:00:00Z"));
        assertEquals(DeadlinePolicy.Status.IN_FORCE, r2.status());
        assertEquals("admin2", r2.approvedBy());
    }
}
