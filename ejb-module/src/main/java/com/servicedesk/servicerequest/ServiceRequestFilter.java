package com.servicedesk.servicerequest;

import com.servicedesk.shared.ListQuery;
import java.time.LocalDate;
import java.util.Set;

/** What a service request list is narrowed to; the caller's scope always applies on top. */
public record ServiceRequestFilter(Set<ServiceRequestStatus> statuses, Boolean overdue, String branchCode,
                                   String assignee, LocalDate from, LocalDate to) {

    /** The query parameters a service request list takes (besides paging). */
    public static final Set<String> PARAMETERS = Set.of("status", "overdue", "branch", "assignee", "from", "to");

    public static ServiceRequestFilter parse(ListQuery q) {
        return new ServiceRequestFilter(q.enums("status", ServiceRequestStatus.class), q.bool("overdue"), q.value("branch"),
                q.value("assignee"), q.date("from"), q.date("to"));
    }
}
