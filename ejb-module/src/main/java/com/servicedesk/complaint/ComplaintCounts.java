package com.servicedesk.complaint;

/**
 * The dashboard's complaint figures for one member of staff; {@code failedNotifications} counts the
 * letters the outbox gave up delivering, in the caller's branches, for a supervisor to follow up;
 * {@code regulatorTransfersWaiting} the regulator's transfers whose decision the regulator waits for too.
 */
public record ComplaintCounts(long myOpen, long overdue, long dueSoon, long awaitingApproval, long failedNotifications,
                              long regulatorTransfersWaiting) {
}
