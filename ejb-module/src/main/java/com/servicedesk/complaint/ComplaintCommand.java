package com.servicedesk.complaint;

import com.servicedesk.shared.InvalidInputException;
import com.servicedesk.shared.InvalidInputException.Violation;
import com.servicedesk.shared.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What an action asks of a complaint, one record per action with just what that action takes. The
 * front ends build them from a form or a request body through {@link #of}, which refuses the inputs
 * the action declares required ({@link ComplaintAction#required()}) when they are missing; the system
 * builds them directly ({@code new Close(CustomerResponse.NO_RESPONSE)}).
 */
public sealed interface ComplaintCommand {

    ComplaintAction action();

    record Accept() implements ComplaintCommand {
        public ComplaintAction action() {
            return ComplaintAction.ACCEPT;
        }
    }

    /** Not accepted (不予受理), with the reason told to the customer. */
    record Decline(String reason) implements ComplaintCommand {
        public ComplaintAction action() {
            return ComplaintAction.DECLINE;
        }
    }

    record StartInvestigation() implements ComplaintCommand {
        public ComplaintAction action() {
            return ComplaintAction.START_INVESTIGATION;
        }
    }

    record ProposeResolution(String resolution, RemedyType remedyType, Money remedyAmount, String rootCause)
            implements ComplaintCommand {
        public ComplaintAction action() {
            return ComplaintAction.PROPOSE_RESOLUTION;
        }
    }

    record ReturnProposal(String reason) implements ComplaintCommand {
        public ComplaintAction action() {
            return ComplaintAction.RETURN_PROPOSAL;
        }
    }

    /** The proposal approved, and how the customer was told. */
    record Respond(ContactChannel channel) implements ComplaintCommand {
        public ComplaintAction action() {
            return ComplaintAction.RESPOND;
        }
    }

    /** The next step of the extension ladder, with the reason told to the customer. */
    record Extend(String reason) implements ComplaintCommand {
        public ComplaintAction action() {
            return ComplaintAction.EXTEND;
        }
    }

    /** The clock stopped for an external appraisal or test, with the reason told to the customer. */
    record PauseClock(String reason) implements ComplaintCommand {
        public ComplaintAction action() {
            return ComplaintAction.PAUSE_CLOCK;
        }
    }

    record ResumeClock() implements ComplaintCommand {
        public ComplaintAction action() {
            return ComplaintAction.RESUME_CLOCK;
        }
    }

    /** The customer disputes the decision (核查). */
    record RequestReview(String reason) implements ComplaintCommand {
        public ComplaintAction action() {
            return ComplaintAction.REQUEST_REVIEW;
        }
    }

    /** The review's decision: the first one upheld, or revised (with the new text and, if any, remedy). */
    record DecideReview(ReviewOutcome reviewOutcome, String reason, String resolution, RemedyType remedyType,
                        Money remedyAmount) implements ComplaintCommand {
        public DecideReview {
            if (reviewOutcome == ReviewOutcome.REVISED && (resolution == null || resolution.isBlank())) {
                throw new InvalidInputException("resolution", "is required when the review revises the decision");
            }
        }

        public ComplaintAction action() {
            return ComplaintAction.DECIDE_REVIEW;
        }
    }

    /** Closing: the customer accepted, or did not answer within the review window. */
    record Close(CustomerResponse customerResponse) implements ComplaintCommand {
        public Close {
            if (customerResponse == CustomerResponse.DISPUTED) {
                throw new InvalidInputException("customerResponse",
                        "must be ACCEPTED, or NO_RESPONSE once the review window has passed (a dispute is a REQUEST_REVIEW)");
            }
        }

        public ComplaintAction action() {
            return ComplaintAction.CLOSE;
        }
    }

    record Reopen(String reason) implements ComplaintCommand {
        public ComplaintAction action() {
            return ComplaintAction.REOPEN;
        }
    }

    /** A new classification: what is given changes, the rest stays. */
    record Reclassify(String businessCategory, String cause, Severity severity, String regionCode)
            implements ComplaintCommand {
        public Reclassify {
            if (businessCategory == null && cause == null && severity == null && regionCode == null) {
                throw new InvalidInputException("businessCategory",
                        "give at least one of businessCategory, cause, severity, regionCode");
            }
        }

        public ComplaintAction action() {
            return ComplaintAction.RECLASSIFY;
        }
    }

    record Assign(String assignee) implements ComplaintCommand {
        public ComplaintAction action() {
            return ComplaintAction.ASSIGN;
        }
    }

    /** The promised remedy was carried out, on the given day (today when none). */
    record RecordRemedy(LocalDate remedyCarriedOutOn) implements ComplaintCommand {
        public ComplaintAction action() {
            return ComplaintAction.RECORD_REMEDY;
        }
    }

    /** The customer's withdrawal, with the reason they gave and how they said it. */
    record Withdraw(String reason, ContactChannel channel) implements ComplaintCommand {
        public ComplaintAction action() {
            return ComplaintAction.WITHDRAW;
        }
    }

    /** Folding this complaint into an open one of the same customer, with the reason. */
    record Merge(Long into, String reason) implements ComplaintCommand {
        public ComplaintAction action() {
            return ComplaintAction.MERGE;
        }
    }

    /** An outcome outside the bank: who decided, on which day, how, and any amount awarded. */
    record RecordAdrOutcome(AdrKind kind, String body, LocalDate decidedOn, AdrResult result, Money amount)
            implements ComplaintCommand {
        public RecordAdrOutcome {
            List<Violation> missing = new ArrayList<>();
            if (kind == null) {
                missing.add(new Violation("kind", "is required: MEDIATION, ARBITRATION, LITIGATION or REGULATOR_RULING"));
            }
            if (body == null || body.isBlank()) {
                missing.add(new Violation("body", "is required: the body that decided"));
            } else if (body.length() > 200) {
                missing.add(new Violation("body", "must be at most 200 characters"));
            }
            if (decidedOn == null) {
                missing.add(new Violation("decidedOn", "is required"));
            }
            if (result == null) {
                missing.add(new Violation("result", "is required: UPHELD, PARTLY_UPHELD or NOT_UPHELD"));
            }
            if (!missing.isEmpty()) {
                throw new InvalidInputException(missing);
            }
        }

        public ComplaintAction action() {
            return ComplaintAction.RECORD_ADR_OUTCOME;
        }
    }

    /** The details of an outcome outside the bank, as a form or a request body carries them. */
    record Adr(AdrKind kind, String body, LocalDate decidedOn, AdrResult result, Money amount) {
    }

    /** Every detail a form or a request body may carry; an action reads its own. */
    record Details(String reason, String resolution, RemedyType remedyType, Money remedyAmount, String rootCause,
                   ContactChannel channel, CustomerResponse customerResponse, ReviewOutcome reviewOutcome,
                   String businessCategory, String cause, Severity severity, String regionCode, String assignee,
                   LocalDate remedyCarriedOutOn, Long into, Adr adr) {

        /** Whether the detail that carries the input is there (a blank text is not). */
        boolean has(ComplaintInput input) {
            return switch (input) {
                case REASON -> present(reason);
                case RESOLUTION -> present(resolution);
                case REMEDY -> remedyType != null;
                case ROOT_CAUSE -> present(rootCause);
                case CHANNEL -> channel != null;
                case CUSTOMER_RESPONSE -> customerResponse != null;
                case REVIEW_OUTCOME -> reviewOutcome != null;
                case CLASSIFICATION -> present(businessCategory) || present(cause) || severity != null || present(regionCode);
                case ASSIGNEE -> present(assignee);
                case REMEDY_DATE -> remedyCarriedOutOn != null;
                case INTO -> into != null;
                case ADR_OUTCOME -> adr != null && adr.kind() != null;
            };
        }

        private static boolean present(String s) {
            return s != null && !s.isBlank();
        }
    }

    /** The action's command from the details, refused with every missing required input named. */
    static ComplaintCommand of(ComplaintAction action, Details d) {
        List<Violation> missing = new ArrayList<>();
        for (ComplaintInput input : action.required()) {
            if (!d.has(input)) {
                missing.add(new Violation(input.field(), "is required for " + action));
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        return switch (action) {
            case ACCEPT -> new Accept();
            case DECLINE -> new Decline(text(d.reason()));
            case START_INVESTIGATION -> new StartInvestigation();
            case PROPOSE_RESOLUTION -> new ProposeResolution(text(d.resolution()), d.remedyType(), d.remedyAmount(),
                    text(d.rootCause()));
            case RETURN_PROPOSAL -> new ReturnProposal(text(d.reason()));
            case RESPOND -> new Respond(d.channel());
            case EXTEND -> new Extend(text(d.reason()));
            case PAUSE_CLOCK -> new PauseClock(text(d.reason()));
            case RESUME_CLOCK -> new ResumeClock();
            case REQUEST_REVIEW -> new RequestReview(text(d.reason()));
            case DECIDE_REVIEW -> new DecideReview(d.reviewOutcome(), text(d.reason()), text(d.resolution()),
                    d.remedyType(), d.remedyAmount());
            case CLOSE -> new Close(d.customerResponse());
            case REOPEN -> new Reopen(text(d.reason()));
            case RECLASSIFY -> new Reclassify(text(d.businessCategory()), text(d.cause()), d.severity(),
                    text(d.regionCode()));
            case ASSIGN -> new Assign(text(d.assignee()));
            case RECORD_REMEDY -> new RecordRemedy(d.remedyCarriedOutOn());
            case WITHDRAW -> new Withdraw(text(d.reason()), d.channel());
            case MERGE -> new Merge(d.into(), text(d.reason()));
            case RECORD_ADR_OUTCOME -> new RecordAdrOutcome(d.adr().kind(), text(d.adr().body()), d.adr().decidedOn(),
                    d.adr().result(), d.adr().amount());
        };
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
