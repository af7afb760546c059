package com.servicedesk.servicerequest;

import java.time.LocalDate;
import java.util.Set;

/** What a service request list is narrowed to; the caller's scope always applies on top. */
public record ServiceRequestFilter(Set<ServiceRequestStatus> statuses, Boolean overdue, String branchCode,
                                   String assignee, LocalDate from, LocalDate to) {
}
