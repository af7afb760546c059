package com.servicedesk.reports.complaint;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One complaint as handed to a regulator on request (单笔投诉处理记录): classification, deadlines,
 * extensions and pauses, the decision and remedy, reviews, the result, the evidence files, and the whole timeline. Codes
 * (status, severity, remedy, outcome, actions, channel) are translated by the template; names come in
 * the report's language.
 */
public record CaseRecord(String reference, String status, String customer, String branch, String channel,
                         String businessCategory, String cause, String severity, String description, Instant receivedAt,
                         String registeredBy, String assignee, String policy, Instant decisionDueAt, boolean overdue,
                         List<Extension> extensions, List<Pause> pauses, String resolution, String remedyType,
                         BigDecimal remedyAmount, String remedyCurrency, String rootCause, String proposedBy, Instant respondedAt,
                         String respondedBy, String responseChannel, Boolean decidedWithinLimit, List<Review> reviews,
                         String customerResponse, Instant closedAt, LocalDate remedyCarriedOutOn, String repeatOf,
                         List<Event> timeline, List<File> files) {

    /** One evidence file kept with the case. */
    public record File(String name, String contentType, long size, String uploadedBy, Instant uploadedAt, String sha256) {
    }

    /** One step of the extension ladder. */
    public record Extension(int level, int limitDays, String reason, String grantedBy, Instant grantedAt) {
    }

    /** One stop of the clock. */
    public record Pause(String reason, Instant startedAt, Instant endedAt) {
    }

    /** One review (核查). */
    public record Review(Instant requestedAt, String reason, Instant dueAt, Instant decidedAt, String decidedBy,
                         String outcome, String decision) {
    }

    /** One audited event. */
    public record Event(Instant at, String actor, String action, String detail) {
    }
}
