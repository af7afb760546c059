package com.servicedesk.security;

import com.servicedesk.shared.Role;

/** Who passed the credential check, and the role the container will see. */
public record AuthenticatedStaff(String username, Role role) {
}
