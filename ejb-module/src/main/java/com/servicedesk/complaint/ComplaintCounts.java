package com.servicedesk.complaint;

/**
 * The dashboard's complaint figures for one member of staff; {@code failedNotifications} counts the
 * letters the outbox gave up delivering, in the caller's branches, for a supervisor to follow up.
 */
public record ComplaintCounts(long myOpen, long overdue, long dueSoon, long awaitingApproval, long failedNotifications) {
}
