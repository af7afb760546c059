package com.servicedesk.security;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.servicedesk.shared.Role;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StaffUserTest {

    private static StaffUser user(Role role, String branch, String region) {
        return new StaffUser("u", "U", "hash", role, branch, region, "zh_CN", Instant.EPOCH);
    }

    @Test
    void branchStaffNeedABranchAndManagersARegion() {
        assertThrows(IllegalArgumentException.class, () -> user(Role.AGENT, null, "NORTH"));
        assertThrows(IllegalArgumentException.class, () -> user(Role.SUPERVISOR, null, null));
        assertThrows(IllegalArgumentException.class, () -> user(Role.MANAGER, "BJ01", null));
    }

    @Test
    void bankWideRolesCarryNoBranchOrRegion() {
        StaffUser auditor = user(Role.AUDITOR, "BJ01", "NORTH");
        assertNull(auditor.branchCode());
        assertNull(auditor.regionCode());
    }
}
