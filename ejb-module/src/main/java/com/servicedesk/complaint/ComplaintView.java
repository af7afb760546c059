package com.servicedesk.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A complaint as staff and API clients see it: state, classification, deadline clock, what may happen next. */
public record ComplaintView(
        long id,
        String reference,
        ComplaintStatus status,
        long customerId,
        String customerName,
        String branchCode,
        String channel,
        String channelCode,
        CodeRef businessCategory,
        CodeRef cause,
        String regionCode,
        Severity severity,
        String description,
        String subjectStaff,
        String assignee,
        String policy,
        Instant receivedAt,
        String registeredBy,
        Instant decisionDueAt,
        String timeRemaining,
        boolean overdue,
        boolean extended,
        int extensionLevel,
        String dueFlag,
        List<Integer> missingCalendarYears,
        boolean clockPaused,
        int pausedDays,
        int escalationLevel,
        String declineReason,
        Withdrawal withdrawal,
        String resolution,
        Remedy remedy,
        String rootCause,
        String proposedBy,
        Instant respondedAt,
        String respondedBy,
        ContactChannel responseChannel,
        Boolean decidedWithinLimit,
        Instant reviewWindowEndsAt,
        CustomerResponse customerResponse,
        Instant closedAt,
        LocalDate remedyCarriedOutOn,
        RepeatOf repeatOf,
        Link relatedTo,
        Long mergedInto,
        Link mergedIntoComplaint,
        List<Link> mergedComplaints,
        List<Long> possibleDuplicates,
        String regulatorReference,
        LocalDate transferredOn,
        RepresentativeView representative,
        GroupView group,
        Long parentId,
        Link parent,
        boolean handledApart,
        List<AdrOutcomeView> adrOutcomes,
        List<ExtensionView> extensions,
        List<PauseView> pauses,
        List<ReviewView> reviews,
        List<ComplaintAction> allowedActions,
        long version) implements java.io.Serializable {

    /** By id and version, cheap for JSON-B (see {@link com.servicedesk.shared.Page#hashCode()}); equal views have both equal. */
    @Override
    public int hashCode() {
        return Long.hashCode(id) * 31 + Long.hashCode(version);
    }

    /** A classification code with its name. */
    public record CodeRef(String code, String name, String nameEn) implements java.io.Serializable {
    }

    /** The promised remedy; money as a decimal string with its currency. */
    public record Remedy(RemedyType type, MoneyView amount) implements java.io.Serializable {
    }

    /** Money as the API shows it. */
    public record MoneyView(String amount, String currency) implements java.io.Serializable {
    }

    /** The customer's withdrawal: when, why, and how they said it. */
    public record Withdrawal(Instant withdrawnAt, String reason, ContactChannel channel) implements java.io.Serializable {
    }

    /** Another complaint, by id and reference: the one this brings new facts to, the survivor of a merge, one merged in. */
    public record Link(long id, String reference) implements java.io.Serializable {
    }

    /** Who brings the complaint for the customer; the phone masked, the authorisation's file if on file. */
    public record RepresentativeView(String name, RepresentativeRelation relation, String phone, Long authorisationAttachmentId) implements java.io.Serializable {
    }

    /** A group complaint: its representatives (phones masked) and the affected customers' complaints. */
    public record GroupView(List<GroupMemberView> representatives, List<Link> children) implements java.io.Serializable {
    }

    /** One of a group's representatives. */
    public record GroupMemberView(String name, String phone) implements java.io.Serializable {
    }

    /** An outcome outside the bank. */
    public record AdrOutcomeView(AdrKind kind, String body, LocalDate decidedOn, AdrResult result, MoneyView amount,
                                 String recordedBy, Instant recordedAt) implements java.io.Serializable {
    }

    /** The earlier complaint this one repeats. */
    public record RepeatOf(long id, String reference) implements java.io.Serializable {
    }

    /** One step of the extension ladder. */
    public record ExtensionView(int level, int limitDays, String reason, String grantedBy, Instant grantedAt) implements java.io.Serializable {
    }

    /** One stop of the clock. */
    public record PauseView(String reason, Instant startedAt, Instant endedAt) implements java.io.Serializable {
    }

    /** One review. */
    public record ReviewView(long id, Instant requestedAt, String reason, Instant dueAt, Instant decidedAt,
                             String decidedBy, ReviewOutcome outcome, String decision) implements java.io.Serializable {
    }
}
