package com.servicedesk.complaint;

import static com.servicedesk.complaint.ComplaintInput.ADR_OUTCOME;
import static com.servicedesk.complaint.ComplaintInput.ASSIGNEE;
import static com.servicedesk.complaint.ComplaintInput.CHANNEL;
import static com.servicedesk.complaint.ComplaintInput.CLASSIFICATION;
import static com.servicedesk.complaint.ComplaintInput.CUSTOMER_RESPONSE;
import static com.servicedesk.complaint.ComplaintInput.INTO;
import static com.servicedesk.complaint.ComplaintInput.REASON;
import static com.servicedesk.complaint.ComplaintInput.REMEDY;
import static com.servicedesk.complaint.ComplaintInput.REMEDY_DATE;
import static com.servicedesk.complaint.ComplaintInput.RESOLUTION;
import static com.servicedesk.complaint.ComplaintInput.REVIEW_OUTCOME;
import static com.servicedesk.complaint.ComplaintInput.ROOT_CAUSE;
import static com.servicedesk.complaint.ComplaintStatus.ACCEPTED;
import static com.servicedesk.complaint.ComplaintStatus.CLOSED;
import static com.servicedesk.complaint.ComplaintStatus.DECLINED;
import static com.servicedesk.complaint.ComplaintStatus.INVESTIGATING;
import static com.servicedesk.complaint.ComplaintStatus.MERGED;
import static com.servicedesk.complaint.ComplaintStatus.RECEIVED;
import static com.servicedesk.complaint.ComplaintStatus.REOPENED;
import static com.servicedesk.complaint.ComplaintStatus.RESOLUTION_PROPOSED;
import static com.servicedesk.complaint.ComplaintStatus.RESPONDED;
import static com.servicedesk.complaint.ComplaintStatus.UNDER_REVIEW;
import static com.servicedesk.complaint.ComplaintStatus.WITHDRAWN;

import com.servicedesk.shared.Role;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What staff may do to a complaint: the table of allowed transitions (from which states, to which
 * state) and which roles may do it. Actions that keep the state (extend, pause, reclassify…) have
 * no target; each names the inputs it takes. Rules that need the complaint itself — impartiality,
 * the extension ladder, who proposed — are checked by {@link Complaint}.
 */
public enum ComplaintAction {
    ACCEPT(Set.of(RECEIVED), ACCEPTED, Roles.HANDLERS, none(), none()),
    DECLINE(Set.of(RECEIVED), DECLINED, Roles.APPROVERS, of(REASON), none()),
    START_INVESTIGATION(Set.of(ACCEPTED, REOPENED), INVESTIGATING, Roles.HANDLERS, none(), none()),
    PROPOSE_RESOLUTION(Set.of(INVESTIGATING), RESOLUTION_PROPOSED, Roles.HANDLERS, of(RESOLUTION), of(REMEDY, ROOT_CAUSE)),
    /** A supervisor sends the proposal back for more work. */
    RETURN_PROPOSAL(Set.of(RESOLUTION_PROPOSED), INVESTIGATING, Roles.APPROVERS, of(REASON), none()),
    /** A supervisor approves the proposal and records how the customer was told. */
    RESPOND(Set.of(RESOLUTION_PROPOSED), RESPONDED, Roles.APPROVERS, of(CHANNEL), none()),
    EXTEND(Set.of(RECEIVED, ACCEPTED, INVESTIGATING, RESOLUTION_PROPOSED, REOPENED), null, Roles.APPROVERS, of(REASON), none()),
    PAUSE_CLOCK(Set.of(ACCEPTED, INVESTIGATING, REOPENED), null, Roles.HANDLERS, of(REASON), none()),
    RESUME_CLOCK(Set.of(ACCEPTED, INVESTIGATING, REOPENED), null, Roles.HANDLERS, none(), none()),
    REQUEST_REVIEW(Set.of(RESPONDED), UNDER_REVIEW, Roles.HANDLERS, of(REASON), none()),
    /** The review's decision, by a supervisor or manager who took no part in the first decision. */
    DECIDE_REVIEW(Set.of(UNDER_REVIEW), RESPONDED, Roles.APPROVERS, of(REVIEW_OUTCOME, REASON), of(RESOLUTION, REMEDY)),
    CLOSE(Set.of(RESPONDED), CLOSED, Roles.HANDLERS, of(CUSTOMER_RESPONSE), none()),
    REOPEN(Set.of(CLOSED), REOPENED, Roles.APPROVERS, of(REASON), none()),
    /** Change the JR/T 0169 classification, region or severity. */
    RECLASSIFY(ComplaintStatus.openStates(), null, Roles.HANDLERS, of(CLASSIFICATION), none()),
    /** Hand the complaint to a member of staff; supervisors may reassign. */
    ASSIGN(ComplaintStatus.openStates(), null, Roles.APPROVERS, of(ASSIGNEE), none()),
    /**
     * The customer withdraws the complaint (art. 15), with the reason and, where known, how they said
     * it (the channel): the procedure ends on the day the withdrawal is received and the clock stops.
     */
    WITHDRAW(ComplaintStatus.openStates(), WITHDRAWN, Roles.HANDLERS, of(REASON), of(CHANNEL)),
    /**
     * The same complaint received again within an open case's handling period, folded into that case
     * (合并处理) by a supervisor: this one becomes final, the survivor keeps its own clock.
     */
    MERGE(ComplaintStatus.openStates(), MERGED, Roles.APPROVERS, of(INTO, REASON), none()),
    /** What mediation, arbitration, a court or the regulator decided after the bank's decision. */
    RECORD_ADR_OUTCOME(Set.of(RESPONDED, UNDER_REVIEW, CLOSED), null, Roles.HANDLERS, of(ADR_OUTCOME), none()),
    /** Record that the promised remedy was carried out, and when. */
    RECORD_REMEDY(Set.of(RESPONDED, UNDER_REVIEW, CLOSED), null, Roles.HANDLERS, none(), of(REMEDY_DATE));

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
    private final Set<ComplaintInput> required;
    private final Set<ComplaintInput> optional;

    ComplaintAction(Set<ComplaintStatus> from, ComplaintStatus to, Set<Role> roles, Set<ComplaintInput> required,
                    Set<ComplaintInput> optional) {
        this.from = Set.copyOf(from);
        this.to = to;
        this.roles = Set.copyOf(roles);
        this.required = required;
        this.optional = optional;
    }

    private static Set<ComplaintInput> of(ComplaintInput... inputs) {
        return Collections.unmodifiableSet(EnumSet.copyOf(List.of(inputs)));
    }

    private static Set<ComplaintInput> none() {
        return Collections.unmodifiableSet(EnumSet.noneOf(ComplaintInput.class));
    }

    /** The inputs the action cannot do without; both front ends ask for them and refuse without them. */
    public Set<ComplaintInput> required() {
        return required;
    }

    /** Every input the action takes, required or not: the fields of its dialog. */
    public Set<ComplaintInput> inputs() {
        EnumSet<ComplaintInput> all = EnumSet.noneOf(ComplaintInput.class);
        all.addAll(required);
        all.addAll(optional);
        return all;
    }

    /** Whether the action is done at once, with nothing to ask (a single click in the portal). */
    public boolean takesNoInput() {
        return required.isEmpty() && optional.isEmpty();
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
