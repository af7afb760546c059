package com.servicedesk.complaint;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a complaint list is narrowed to. Every field is optional; the caller's branch scope always
 * applies on top. Dates are inclusive days of receipt in the bank's time zone; the channel is an
 * intake channel (REGULATOR_TRANSFER lists the regulator's transfers).
 */
public record ComplaintFilter(Set<ComplaintStatus> statuses, Boolean overdue, String branchCode, LocalDate from,
                              LocalDate to, String assignee, String reference, Long customerId, String channel,
                              String sort, boolean ascending) {

    public static ComplaintFilter all() {
        return new ComplaintFilter(Set.of(), null, null, null, null, null, null, null, null, null, false);
    }
}
