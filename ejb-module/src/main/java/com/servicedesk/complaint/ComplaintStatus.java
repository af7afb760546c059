package com.servicedesk.complaint;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Where a complaint stands in the regulated lifecycle (DESIGN.md §3). */
public enum ComplaintStatus {
    /** Taken in; the decision clock runs from receipt. */
    RECEIVED,
    /** Accepted for handling (受理). */
    ACCEPTED,
    /** Not accepted (不予受理), with a reason told to the customer. Final. */
    DECLINED,
    /** Being investigated. */
    INVESTIGATING,
    /** A resolution is proposed and waits for a supervisor's approval. */
    RESOLUTION_PROPOSED,
    /** The approved decision has been told to the customer. */
    RESPONDED,
    /** The customer asked for a review (核查); the review runs on its own clock. */
    UNDER_REVIEW,
    /** Closed: the customer accepted, or did not answer within the review window. */
    CLOSED,
    /** Opened again by a supervisor after closing, with a reason. */
    REOPENED,
    /** The customer withdrew the complaint (CBIRC 2020 No.3 art. 15): the procedure ended that day. Final. */
    WITHDRAWN,
    /** Received again within an open case's handling period and folded into it (合并处理). Final. */
    MERGED;

    private static final Set<ComplaintStatus> AWAITING_DECISION = Collections.unmodifiableSet(
            Arrays.stream(values()).filter(ComplaintStatus::awaitsDecision)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(ComplaintStatus.class))));

    private static final Set<ComplaintStatus> FINAL = Collections.unmodifiableSet(
            Arrays.stream(values()).filter(ComplaintStatus::isFinal)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(ComplaintStatus.class))));

    private static final Set<ComplaintStatus> OPEN = Collections.unmodifiableSet(EnumSet.complementOf(EnumSet.copyOf(FINAL)));

    /** The statuses in which the decision clock runs, for queries. */
    public static Set<ComplaintStatus> awaitingDecision() {
        return AWAITING_DECISION;
    }

    /** The final statuses (declined, closed, withdrawn, merged), for queries. */
    public static Set<ComplaintStatus> finalStates() {
        return FINAL;
    }

    /** Every status that is not final: the complaint is still open. */
    public static Set<ComplaintStatus> openStates() {
        return OPEN;
    }

    /** Whether the decision clock still runs (a decision has not yet been told). */
    public boolean awaitsDecision() {
        return this == RECEIVED || this == ACCEPTED || this == INVESTIGATING || this == RESOLUTION_PROPOSED
                || this == REOPENED;
    }

    public boolean isFinal() {
        return this == DECLINED || this == CLOSED || this == WITHDRAWN || this == MERGED;
    }
}
