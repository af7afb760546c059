package com.servicedesk.reports.complaint;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One complaint as handed to a regulator on request (单笔投诉处理记录): classification, deadlines,
 * extensions and pauses, the decision and remedy, reviews, the outcomes outside the bank, the result, the evidence
 * files, the further rules' particulars (transfer, representative, group, merge, withdrawal), and the whole timeline. Codes
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
                         List<Event> timeline, List<File> files, List<AdrOutcome> adrOutcomes, Particulars particulars) {

    /** An outcome outside the bank: route (a code), the body, the day, the result (a code), any amount. */
    public record AdrOutcome(String kind, String body, LocalDate decidedOn, String result, BigDecimal amount) {
    }

    /**
     * What the further complaint rules recorded: a regulator's transfer, a representative (by relation,
     * never their phone), the group, a merge either way, a withdrawal. Every part may be null.
     */
    public record Particulars(String regulatorReference, LocalDate transferredOn, String representative,
                              String representativeRelation, boolean authorisationOnFile, String group, String mergedInto,
                              List<String> mergedIn, Instant withdrawnAt, String withdrawalReason) {
    }

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
