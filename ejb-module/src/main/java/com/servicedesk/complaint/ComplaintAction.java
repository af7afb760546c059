package com.servicedesk.complaint;

import static com.servicedesk.complaint.ComplaintStatus.ACCEPTED;
import static com.servicedesk.complaint.ComplaintStatus.CLOSED;
import static com.servicedesk.complaint.ComplaintStatus.DECLINED;
import static com.servicedesk.complaint.ComplaintStatus.INVESTIGATING;
import static com.servicedesk.complaint.ComplaintStatus.RECEIVED;
import static com.servicedesk.complaint.ComplaintStatus.REOPENED;
import static com.servicedesk.complaint.ComplaintStatus.RESOLUTION_PROPOSED;
import static com.servicedesk.complaint.ComplaintStatus.RESPONDED;
import static com.servicedesk.complaint.ComplaintStatus.UNDER_REVIEW;

import com.servicedesk.security.Role;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * What staff may do to a complaint: the table of allowed transitions (from which states, to which
 * state) and which roles may do it. Actions that keep the state (extend, pause, reclassify…) have
 * no target. Rules that need the complaint itself — impartiality, the extension ladder, who
 * proposed — are checked by {@link Complaint}.
 */
public enum ComplaintAction {
    ACCEPT(Set.of(RECEIVED), ACCEPTED, Roles.HANDLERS),
    DECLINE(Set.of(RECEIVED), DECLINED, Roles.APPROVERS),
    START_INVESTIGATION(Set.of(ACCEPTED, REOPENED), INVESTIGATING, Roles.HANDLERS),
    PROPOSE_RESOLUTION(Set.of(INVESTIGATING), RESOLUTION_PROPOSED, Roles.HANDLERS),
    /** A supervisor sends the proposal back for more work. */
    RETURN_PROPOSAL(Set.of(RESOLUTION_PROPOSED), INVESTIGATING, Roles.APPROVERS),
    /** A supervisor approves the proposal and records how the customer was told. */
    RESPOND(Set.of(RESOLUTION_PROPOSED), RESPONDED, Roles.APPROVERS),
    EXTEND(Set.of(RECEIVED, ACCEPTED, INVESTIGATING, RESOLUTION_PROPOSED, REOPENED), null, Roles.APPROVERS),
    PAUSE_CLOCK(Set.of(ACCEPTED, INVESTIGATING, REOPENED), null, Roles.HANDLERS),
    RESUME_CLOCK(Set.of(ACCEPTED, INVESTIGATING, REOPENED), null, Roles.HANDLERS),
    REQUEST_REVIEW(Set.of(RESPONDED), UNDER_REVIEW, Roles.HANDLERS),
    /** The review's decision, by a supervisor or manager who took no part in the first decision. */
    DECIDE_REVIEW(Set.of(UNDER_REVIEW), RESPONDED, Roles.APPROVERS),
    CLOSE(Set.of(RESPONDED), CLOSED, Roles.HANDLERS),
    REOPEN(Set.of(CLOSED), REOPENED, Roles.APPROVERS),
    /** Change the JR/T 0169 classification, region or severity. */
    RECLASSIFY(EnumSet.complementOf(EnumSet.of(DECLINED, CLOSED)), null, Roles.HANDLERS),
    /** Hand the complaint to a member of staff; supervisors may reassign. */
    ASSIGN(EnumSet.complementOf(EnumSet.of(DECLINED, CLOSED)), null, Roles.APPROVERS),
    /** Record that the promised remedy was carried out, and when. */
    RECORD_REMEDY(Set.of(RESPONDED, UNDER_REVIEW, CLOSED), null, Roles.HANDLERS);

    /** The role groups of the table. */
    static final class Roles {
        static final Set<Role> HANDLERS = EnumSet.of(Role.AGENT, Role.SUPERVISOR, Role.MANAGER);
        static final Set<Role> APPROVERS = EnumSet.of(Role.SUPERVISOR, Role.MANAGER);

        private Roles() {
        }
    }

    private final Set<ComplaintStatus> from;
    private final ComplaintStatus to;
    private final Set<Role> roles;

    ComplaintAction(Set<ComplaintStatus> from, ComplaintStatus to, Set<Role> roles) {
        this.from = Set.copyOf(from);
        this.to = to;
        this.roles = Set.copyOf(roles);
    }

    public boolean allowedIn(ComplaintStatus status) {
        return from.contains(status);
    }

    public boolean allowedFor(Role role) {
        return role != null && roles.contains(role);
    }

    /** The state after the action, or the same state for actions that do not move the complaint. */
    public ComplaintStatus target(ComplaintStatus current) {
        return to == null ? current : to;
    }

    /** The actions the lifecycle table allows in a state (before role and case rules). */
    public static Set<ComplaintAction> inState(ComplaintStatus status) {
        EnumSet<ComplaintAction> actions = EnumSet.noneOf(ComplaintAction.class);
        for (ComplaintAction a : values()) {
            if (a.allowedIn(status)) {
                actions.add(a);
            }
        }
        return actions;
    }

    /** For documentation and tests: every transition that changes state. */
    public static Map<ComplaintAction, ComplaintStatus> stateChanging() {
        Map<ComplaintAction, ComplaintStatus> map = new java.util.EnumMap<>(ComplaintAction.class);
        for (ComplaintAction a : values()) {
            if (a.to != null) {
                map.put(a, a.to);
            }
        }
        return map;
    }
}
