package com.servicedesk.complaint;

import com.servicedesk.shared.ListQuery;
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

    /** The query parameters a complaint list takes (besides paging). */
    public static final Set<String> PARAMETERS = Set.of("status", "overdue", "branch", "from", "to", "assignee",
            "reference", "customerId", "channel", "sort");

    public static ComplaintFilter parse(ListQuery q) {
        ListQuery.Sort order = q.sort();
        return new ComplaintFilter(q.enums("status", ComplaintStatus.class), q.bool("overdue"), q.value("branch"),
                q.date("from"), q.date("to"), q.value("assignee"), q.value("reference"), q.number("customerId"),
                q.value("channel"), order.field(), order.ascending());
    }

    /** The sort as the {@code sort} parameter gives it ({@code decisionDueAt,asc}), or null. */
    public String sortParameter() {
        return sort == null ? null : sort + (ascending ? ",asc" : ",desc");
    }

    public static ComplaintFilter all() {
        return new ComplaintFilter(Set.of(), null, null, null, null, null, null, null, null, null, false);
    }
}
