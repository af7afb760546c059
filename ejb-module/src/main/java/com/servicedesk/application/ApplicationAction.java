package com.servicedesk.application;

import static com.servicedesk.application.ApplicationStatus.APPROVED;
import static com.servicedesk.application.ApplicationStatus.COMPLETED;
import static com.servicedesk.application.ApplicationStatus.DRAFT;
import static com.servicedesk.application.ApplicationStatus.PROCESSING;
import static com.servicedesk.application.ApplicationStatus.REJECTED;
import static com.servicedesk.application.ApplicationStatus.RETURNED;
import static com.servicedesk.application.ApplicationStatus.SUBMITTED;
import static com.servicedesk.application.ApplicationStatus.UNDER_REVIEW;

import com.servicedesk.shared.Role;
import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle table of a business application. The review actions are the checker's: they also
 * need someone who neither created nor ever submitted the application (checked by the application).
 */
public enum ApplicationAction {
    SUBMIT(Set.of(DRAFT, RETURNED), SUBMITTED, Roles.MAKERS, false),
    START_REVIEW(Set.of(SUBMITTED), UNDER_REVIEW, Roles.CHECKERS, true),
    APPROVE(Set.of(UNDER_REVIEW), APPROVED, Roles.CHECKERS, true),
    RETURN(Set.of(UNDER_REVIEW), RETURNED, Roles.CHECKERS, true),
    REJECT(Set.of(UNDER_REVIEW), REJECTED, Roles.CHECKERS, true),
    START_PROCESSING(Set.of(APPROVED), PROCESSING, Roles.MAKERS, false),
    COMPLETE(Set.of(PROCESSING), COMPLETED, Roles.MAKERS, false);

    /** The role groups of the table. */
    static final class Roles {
        static final Set<Role> MAKERS = EnumSet.of(Role.AGENT, Role.SUPERVISOR, Role.MANAGER);
        static final Set<Role> CHECKERS = EnumSet.of(Role.SUPERVISOR, Role.MANAGER);

        private Roles() {
        }
    }

    private final Set<ApplicationStatus> from;
    private final ApplicationStatus to;
    private final Set<Role> roles;
    private final boolean review;

    ApplicationAction(Set<ApplicationStatus> from, ApplicationStatus to, Set<Role> roles, boolean review) {
        this.from = Set.copyOf(from);
        this.to = to;
        this.roles = Set.copyOf(roles);
        this.review = review;
    }

    public boolean allowedIn(ApplicationStatus status) {
        return from.contains(status);
    }

    public boolean allowedFor(Role role) {
        return role != null && roles.contains(role);
    }

    /** Whether the action is the checker's, forbidden to the application's makers. */
    public boolean isReview() {
        return review;
    }

    public ApplicationStatus target() {
        return to;
    }
}
