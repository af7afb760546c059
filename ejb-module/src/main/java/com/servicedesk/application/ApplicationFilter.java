package com.servicedesk.application;

import com.servicedesk.shared.ListQuery;
import java.time.LocalDate;
import java.util.Set;

/** What an application list is narrowed to: statuses, a branch, days of creation; the caller's scope applies on top. */
public record ApplicationFilter(Set<ApplicationStatus> statuses, String branchCode, LocalDate from, LocalDate to) {

    /** The query parameters an application list takes (besides paging). */
    public static final Set<String> PARAMETERS = Set.of("status", "branch", "from", "to");

    public ApplicationFilter {
        statuses = Set.copyOf(statuses);
    }

    public static ApplicationFilter parse(ListQuery q) {
        return new ApplicationFilter(q.enums("status", ApplicationStatus.class), q.value("branch"), q.date("from"),
                q.date("to"));
    }
}
