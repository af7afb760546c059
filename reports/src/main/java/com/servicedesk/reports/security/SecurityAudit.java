package com.servicedesk.reports.security;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The information security audit (信息安全审计) of a period: the audit chain's verification, clear-value
 * views of personal data, failed logins and lockouts, privilege changes, training completion by branch
 * and the findings still open.
 */
public record SecurityAudit(LocalDate from, LocalDate to, boolean intact, long entries, long chains, long anchors,
                            String firstBreak, List<Event> clearValueViews, long failedLogins, List<Event> lockouts,
                            List<Event> privilegeChanges, List<Training> training, List<Finding> openFindings) {

    /** One audited event. */
    public record Event(Instant at, String actor, String action, String subject, String detail) {
    }

    /** Training completion of one branch; rate is a fraction. */
    public record Training(String branch, long staff, long completed, BigDecimal rate) {
    }

    /** An open audit finding. */
    public record Finding(String title, String severity, String owner, LocalDate dueOn, String status) {
    }
}
