package com.servicedesk.followup;

import java.time.Instant;

/**
 * Fired, in the transaction that records it, when a return visit closes its follow-up (the customer
 * was surveyed or found unreachable), so that the case followed up can close its own loop.
 */
public record ReturnVisitClosed(String sourceType, long sourceId, boolean reached, Instant at) {
}
