package com.servicedesk.security;

import com.servicedesk.shared.Role;
import java.time.Instant;

/** A staff account as the administrator sees it; never the password hash. */
public record StaffView(String username, String displayName, Role role, String branchCode, String regionCode,
                        boolean enabled, boolean locked, int failedLogins, Instant createdAt, long version) implements java.io.Serializable {

    static StaffView of(StaffUser u, Instant now) {
        return new StaffView(u.username(), u.displayName(), u.role(), u.branchCode(), u.regionCode(), u.enabled(),
                u.isLocked(now), u.failedLogins(), u.createdAt(), u.version());
    }
}
