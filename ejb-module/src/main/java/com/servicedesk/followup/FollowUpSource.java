package com.servicedesk.followup;

/** The case a follow-up comes from. */
public record FollowUpSource(String type, long id, String reference, long customerId, String branchCode) {
}
