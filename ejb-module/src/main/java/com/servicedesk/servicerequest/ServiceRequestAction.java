package com.servicedesk.servicerequest;

import static com.servicedesk.servicerequest.ServiceRequestStatus.ACCEPTED;
import static com.servicedesk.servicerequest.ServiceRequestStatus.CANCELLED;
import static com.servicedesk.servicerequest.ServiceRequestStatus.CLOSED;
import static com.servicedesk.servicerequest.ServiceRequestStatus.FOLLOWED_UP;
import static com.servicedesk.servicerequest.ServiceRequestStatus.IN_PROGRESS;
import static com.servicedesk.servicerequest.ServiceRequestStatus.RECEIVED;
import static com.servicedesk.servicerequest.ServiceRequestStatus.RESPONDED;

import com.servicedesk.shared.Role;
import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle table of a service request: from which states each action may be taken, the state
 * it leads to (none for actions that keep the state), and the roles that may take it.
 */
public enum ServiceRequestAction {
    ACCEPT(Set.of(RECEIVED), ACCEPTED, Roles.HANDLERS),
    START(Set.of(ACCEPTED), IN_PROGRESS, Roles.HANDLERS),
    RESPOND(Set.of(IN_PROGRESS), RESPONDED, Roles.HANDLERS),
    FOLLOW_UP(Set.of(RESPONDED), FOLLOWED_UP, Roles.HANDLERS),
    CLOSE(Set.of(FOLLOWED_UP), CLOSED, Roles.HANDLERS),
    /** Raise to the branch supervisor; the request keeps its state. */
    ESCALATE(Set.of(RECEIVED, ACCEPTED, IN_PROGRESS), null, Roles.HANDLERS),
    CANCEL(Set.of(RECEIVED, ACCEPTED, IN_PROGRESS), CANCELLED, Roles.HANDLERS),
    /** Give the request to another member of staff of its branch. */
    ASSIGN(Set.of(RECEIVED, ACCEPTED, IN_PROGRESS, RESPONDED), null, Roles.SUPERVISORS);

    /** The role groups of the table. */
    static final class Roles {
        static final Set<Role> HANDLERS = EnumSet.of(Role.AGENT, Role.SUPERVISOR, Role.MANAGER);
        static final Set<Role> SUPERVISORS = EnumSet.of(Role.SUPERVISOR, Role.MANAGER);

        private Roles() {
        }
    }

    private final Set<ServiceRequestStatus> from;
    private final ServiceRequestStatus to;
    private final Set<Role> roles;

    ServiceRequestAction(Set<ServiceRequestStatus> from, ServiceRequestStatus to, Set<Role> roles) {
        this.from = Set.copyOf(from);
        this.to = to;
        this.roles = Set.copyOf(roles);
    }

    public boolean allowedIn(ServiceRequestStatus status) {
        return from.contains(status);
    }

    public boolean allowedFor(Role role) {
        return role != null && roles.contains(role);
    }

    public ServiceRequestStatus target(ServiceRequestStatus current) {
        return to == null ? current : to;
    }
}
