package com.servicedesk.organisation;

/**
 * A context's records that belong to a branch (its complaints, service requests, applications,
 * follow-ups, customers): what is still open there, and how it moves to another branch when the
 * branch closes. Each context says what "open" means for its records.
 */
public interface BranchCases {

    /** What the records are, as a refusal names them: {@code complaints}. */
    String kind();

    long countOpen(String branchCode);

    /** Moves the open records to another branch in the caller's transaction, each with its audit entry. */
    int moveOpen(String fromBranch, String toBranch);
}
