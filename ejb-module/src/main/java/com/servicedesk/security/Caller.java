package com.servicedesk.security;

import com.servicedesk.shared.ForbiddenException;
import com.servicedesk.shared.Role;

/** The member of staff on whose behalf the current call runs, with what they may see. */
public record Caller(String username, String displayName, Role role, String branchCode, String regionCode,
                     BranchScope scope) implements java.io.Serializable {

    /** The server itself: timers, migrations and demo data. It sees everything. */
    public static final Caller SYSTEM = new Caller("system", "系统", null, null, null, BranchScope.ALL);

    public boolean isSystem() {
        return role == null;
    }

    public boolean hasRole(Role r) {
        return role == r;
    }

    /** Refuses the call unless the caller works with business data (the administrator does not). */
    public void requireBusinessAccess() {
        if (!isSystem() && !role.seesBusinessData()) {
            throw new ForbiddenException("the " + role + " role has no access to business data");
        }
    }

    /** Refuses the call unless the caller may change business data (auditors and admins may not). */
    public void requireBusinessWrite() {
        if (!isSystem() && !role.changesBusinessData()) {
            throw new ForbiddenException("the " + role + " role may not change business data");
        }
    }
}
