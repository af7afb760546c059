package com.servicedesk.complaint;

/** The dashboard's complaint figures for one member of staff. */
public record ComplaintCounts(long myOpen, long overdue, long dueSoon, long awaitingApproval) {
}
