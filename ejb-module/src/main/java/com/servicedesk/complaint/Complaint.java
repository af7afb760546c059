package com.servicedesk.complaint;

import com.servicedesk.security.Caller;
import com.servicedesk.security.Role;
import com.servicedesk.shared.ConflictException;
import com.servicedesk.shared.ForbiddenException;
import com.servicedesk.shared.IllegalTransitionException;
import com.servicedesk.shared.InvalidInputException;
import com.servicedesk.shared.Money;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A customer's complaint and its regulated handling. The complaint decides for itself what may
 * happen next: the lifecycle table ({@link ComplaintAction}), the roles, impartiality (the member
 * of staff it is about never handles it; whoever proposed a resolution never approves it), the
 * extension ladder, the paused clock and the review window. Its decision deadline is recomputed
 * whenever receipt, extension or pauses change it, so that queries can sort and filter on it.
 */
@Entity
@Table(name = "complaint")
public class Complaint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 20)
    private String reference;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "branch_code", nullable = false, length = 16)
    private String branchCode;

    @Column(name = "intake_channel", nullable = false, length = 32)
    private String intakeChannel;

    @Column(name = "channel_code", nullable = false, length = 16)
    private String channelCode;

    @Column(name = "business_category", nullable = false, length = 16)
    private String businessCategory;

    @Column(name = "cause_code", nullable = false, length = 16)
    private String cause;

    @Column(name = "region_code", nullable = false, length = 6)
    private String regionCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Severity severity;

    @Column(nullable = false, length = 4000)
    private String description;

    /** The member of staff the complaint is about, who may take no part in handling it. */
    @Column(name = "subject_staff", length = 64)
    private String subjectStaff;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ComplaintStatus status;

    @Column(length = 64)
    private String assignee;

    @Column(name = "policy_code", nullable = false, length = 32)
    private String policyCode;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "registered_by", nullable = false, length = 64)
    private String registeredBy;

    @Column(name = "extension_level", nullable = false)
    private int extensionLevel;

    @Column(name = "paused_days", nullable = false)
    private int pausedDays;

    @Column(name = "paused_since")
    private Instant pausedSince;

    @Column(name = "decision_due_at", nullable = false)
    private Instant decisionDueAt;

    @Column(name = "due_flag", length = 200)
    private String dueFlag;

    @Column(name = "escalation_level", nullable = false)
    private int escalationLevel;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    @Column(name = "decline_reason", length = 1000)
    private String declineReason;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(length = 4000)
    private String resolution;

    @Enumerated(EnumType.STRING)
    @Column(name = "remedy_type", length = 16)
    private RemedyType remedyType;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "amount", column = @Column(name = "remedy_amount", precision = 15, scale = 2)),
        @AttributeOverride(name = "currency", column = @Column(name = "remedy_currency", length = 3))
    })
    private Money remedyAmount;

    @Column(name = "root_cause", length = 2000)
    private String rootCause;

    @Column(name = "proposed_by", length = 64)
    private String proposedBy;

    @Column(name = "proposed_at")
    private Instant proposedAt;

    @Column(name = "responded_at")
    private Instant respondedAt;

    @Column(name = "responded_by", length = 64)
    private String respondedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "response_channel", length = 16)
    private ContactChannel responseChannel;

    /** Whether the (first) decision was told within the legal limit. */
    @Column(name = "decided_within_limit")
    private Boolean decidedWithinLimit;

    @Column(name = "review_window_ends_at")
    private Instant reviewWindowEndsAt;

    @Column(name = "review_count", nullable = false)
    private int reviewCount;

    @Enumerated(EnumType.STRING)
    @Column(name = "customer_response", length = 16)
    private CustomerResponse customerResponse;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = 64)
    private String closedBy;

    @Column(name = "remedy_carried_out_on")
    private LocalDate remedyCarriedOutOn;

    @Column(name = "repeat_of_id")
    private Long repeatOfId;

    @Column(name = "reopen_count", nullable = false)
    private int reopenCount;

    @Version
    private long version;

    @OneToMany(mappedBy = "complaint", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("level")
    private List<ComplaintExtension> extensions = new ArrayList<>();

    @OneToMany(mappedBy = "complaint", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("startedAt")
    private List<ComplaintPause> pauses = new ArrayList<>();

    @OneToMany(mappedBy = "complaint", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("requestedAt")
    private List<ComplaintReview> reviews = new ArrayList<>();

    protected Complaint() {
    }

    /** What intake records about a new complaint, already checked against the reference data. */
    public record Intake(long customerId, String branchCode, String intakeChannel, String channelCode,
                         String businessCategory, String cause, String regionCode, Severity severity,
                         String description, String subjectStaff, Instant receivedAt) {
    }

    public Complaint(String reference, Intake intake, DeadlinePolicy policy, DeadlineEngine engine, Caller registrar,
                     Instant now) {
        this.reference = Objects.requireNonNull(reference);
        this.customerId = intake.customerId();
        this.branchCode = intake.branchCode();
        this.intakeChannel = intake.intakeChannel();
        this.channelCode = intake.channelCode();
        this.businessCategory = intake.businessCategory();
        this.cause = intake.cause();
        this.regionCode = intake.regionCode();
        this.severity = intake.severity() == null ? Severity.MEDIUM : intake.severity();
        this.description = intake.description();
        this.subjectStaff = intake.subjectStaff();
        this.receivedAt = intake.receivedAt() == null ? now : intake.receivedAt();
        if (this.receivedAt.isAfter(now)) {
            throw new InvalidInputException("receivedAt", "must not be in the future");
        }
        if (registrar.username().equals(subjectStaff)) {
            throw new ConflictException("impartiality", "a complaint about you must be taken in by someone else");
        }
        this.registeredAt = now;
        this.registeredBy = registrar.username();
        this.assignee = registrar.isSystem() ? null : registrar.username();
        this.status = ComplaintStatus.RECEIVED;
        this.policyCode = policy.code();
        recomputeDeadline(policy, engine);
    }

    // --- what may happen next -------------------------------------------------------------------

    /** The actions this caller may take now, for the portal's buttons and the API's allowedActions. */
    public Set<ComplaintAction> allowedActions(Caller caller, Instant now, DeadlinePolicy policy) {
        EnumSet<ComplaintAction> allowed = EnumSet.noneOf(ComplaintAction.class);
        for (ComplaintAction action : ComplaintAction.inState(status)) {
            if (action.allowedFor(caller.role()) && !isAbout(caller) && caseRuleRefusal(action, caller, now) == null
                    && (action != ComplaintAction.EXTEND || nextExtensionOpenTo(caller, policy))) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    /** Whether the policy has a next extension and the caller's role may grant it. */
    private boolean nextExtensionOpenTo(Caller caller, DeadlinePolicy policy) {
        int next = extensionLevel + 1;
        return policy.decisionDays(next).isPresent() && (next < 2 || caller.role() == Role.MANAGER);
    }

    private List<String> allowedNames(Caller caller, Instant now, DeadlinePolicy policy) {
        return allowedActions(caller, now, policy).stream().map(Enum::name).toList();
    }

    /**
     * Checks in order: the lifecycle table (409 with the allowed actions), the role (403),
     * impartiality and the case's own rules (409).
     */
    private void check(ComplaintAction action, Caller caller, Instant now, DeadlinePolicy policy) {
        if (!action.allowedIn(status)) {
            throw new IllegalTransitionException(action + " is not allowed while the complaint is " + status,
                    allowedNames(caller, now, policy));
        }
        if (!caller.isSystem() && !action.allowedFor(caller.role())) {
            throw new ForbiddenException("the " + caller.role() + " role may not " + action + " a complaint");
        }
        if (isAbout(caller)) {
            throw new ConflictException("impartiality", "this complaint is about you: you may take no part in handling it");
        }
        String refusal = caseRuleRefusal(action, caller, now);
        if (refusal != null) {
            throw new ConflictException(refusalCode(action), refusal);
        }
    }

    private boolean isAbout(Caller caller) {
        return subjectStaff != null && subjectStaff.equals(caller.username());
    }

    /** Why the case itself forbids the action for this caller now, or null. */
    private String caseRuleRefusal(ComplaintAction action, Caller caller, Instant now) {
        return switch (action) {
            case EXTEND -> extensionLevel >= 2
                    ? "the decision limit has already been extended twice; no further extension exists" : null;
            case PAUSE_CLOCK -> pausedSince != null ? "the decision clock is already paused" : null;
            case RESUME_CLOCK -> pausedSince == null ? "the decision clock is not paused" : null;
            case RESPOND -> caller.username().equals(proposedBy)
                    ? "whoever proposed a resolution may not approve it" : null;
            case DECIDE_REVIEW -> caller.username().equals(proposedBy) || caller.username().equals(respondedBy)
                    ? "a review must be decided by someone who took no part in the first decision" : null;
            case REQUEST_REVIEW -> reviewWindowEndsAt != null && !now.isBefore(reviewWindowEndsAt)
                    ? "the window for asking a review closed on " + reviewWindowEndsAt : null;
            default -> null;
        };
    }

    private static String refusalCode(ComplaintAction action) {
        return switch (action) {
            case RESPOND, DECIDE_REVIEW -> "four-eyes";
            case EXTEND -> "extension-limit";
            case REQUEST_REVIEW -> "review-window-closed";
            default -> "rule";
        };
    }

    // --- the lifecycle --------------------------------------------------------------------------

    /**
     * Performs an action for the caller at {@code now}; returns the status before it. The policy and
     * engine are needed for actions that move deadlines.
     */
    public ComplaintStatus perform(ComplaintAction action, ComplaintCommand command, Caller caller, Instant now,
                                   DeadlinePolicy policy, DeadlineEngine engine) {
        check(action, caller, now, policy);
        ComplaintStatus before = status;
        switch (action) {
            case ACCEPT -> acceptedAt = now;
            case DECLINE -> declineReason = required("reason", command.reason());
            case START_INVESTIGATION -> {
                if (assignee == null) {
                    assignee = caller.username();
                }
            }
            case PROPOSE_RESOLUTION -> propose(command, caller, now);
            case RETURN_PROPOSAL -> required("reason", command.reason());
            case RESPOND -> respond(command, caller, now, policy, engine);
            case EXTEND -> extend(command, caller, now, policy, engine);
            case PAUSE_CLOCK -> {
                pauses.add(new ComplaintPause(this, required("reason", command.reason()), now, caller.username()));
                pausedSince = now;
            }
            case RESUME_CLOCK -> resume(caller, now, policy, engine);
            case REQUEST_REVIEW -> {
                reviews.add(new ComplaintReview(this, now, caller.username(), required("reason", command.reason()),
                        engine.reviewDecision(policy, now).orElse(null)));
                customerResponse = CustomerResponse.DISPUTED;
                reviewCount++;
            }
            case DECIDE_REVIEW -> decideReview(command, caller, now);
            case CLOSE -> close(command, caller, now);
            case REOPEN -> {
                required("reason", command.reason());
                reopenCount++;
                closedAt = null;
                closedBy = null;
            }
            case RECLASSIFY -> reclassify(command);
            case ASSIGN -> assignee = required("assignee", command.assignee());
            case RECORD_REMEDY -> recordRemedy(command, now, policy);
        }
        status = action.target(status);
        return before;
    }

    private void propose(ComplaintCommand command, Caller caller, Instant now) {
        resolution = required("resolution", command.resolution());
        remedyType = command.remedyType() == null ? RemedyType.NONE : command.remedyType();
        if (remedyType.isMonetary() && command.remedyAmount() == null) {
            throw new InvalidInputException("remedy.amount", "is required for a " + remedyType + " remedy");
        }
        remedyAmount = remedyType.isMonetary() ? command.remedyAmount() : null;
        rootCause = blankToNull(command.rootCause());
        proposedBy = caller.username();
        proposedAt = now;
    }

    private void respond(ComplaintCommand command, Caller caller, Instant now, DeadlinePolicy policy,
                         DeadlineEngine engine) {
        if (command.channel() == null) {
            throw new InvalidInputException("channel", "say how the customer was told the decision");
        }
        responseChannel = command.channel();
        respondedAt = now;
        respondedBy = caller.username();
        if (decidedWithinLimit == null) {
            decidedWithinLimit = now.isBefore(decisionDueAt);
        }
        reviewWindowEndsAt = engine.reviewRequestWindow(policy, now).map(Deadline::dueAt).orElse(null);
    }

    private void extend(ComplaintCommand command, Caller caller, Instant now, DeadlinePolicy policy,
                        DeadlineEngine engine) {
        String reason = required("reason", command.reason());
        int next = extensionLevel + 1;
        if (next == 2 && caller.role() != Role.MANAGER) {
            throw new ForbiddenException("the second extension, to the longest limit, needs a MANAGER");
        }
        int limit = policy.decisionDays(next).orElseThrow(() -> new ConflictException("extension-limit",
                "the " + policy.code() + " rules allow no extension at level " + next));
        extensionLevel = next;
        extensions.add(new ComplaintExtension(this, next, reason, caller.username(), now, limit));
        recomputeDeadline(policy, engine);
    }

    private void resume(Caller caller, Instant now, DeadlinePolicy policy, DeadlineEngine engine) {
        ComplaintPause open = pauses.stream().filter(ComplaintPause::isOpen).reduce((a, b) -> b)
                // paused, yet its pause was closed since this complaint was read: a concurrent RESUME_CLOCK
                // committed first, and this transaction must lose as a stale write would
                .orElseThrow(() -> new OptimisticLockException("the clock was resumed concurrently"));
        open.end(now, caller.username());
        pausedDays += pausedDaysBetween(pausedSince, now, policy);
        pausedSince = null;
        recomputeDeadline(policy, engine);
    }

    /** Whole days the clock stood still: calendar days between the pause's date and the resumption's date. */
    static int pausedDaysBetween(Instant from, Instant to, DeadlinePolicy policy) {
        LocalDate start = LocalDate.ofInstant(from, policy.zone());
        LocalDate end = LocalDate.ofInstant(to, policy.zone());
        return (int) Math.max(0, Duration.between(start.atStartOfDay(), end.atStartOfDay()).toDays());
    }

    private void decideReview(ComplaintCommand command, Caller caller, Instant now) {
        if (command.reviewOutcome() == null) {
            throw new InvalidInputException("reviewOutcome", "must be UPHELD or REVISED");
        }
        if (command.reviewOutcome() == ReviewOutcome.REVISED) {
            resolution = required("resolution", command.resolution());
            if (command.remedyType() != null) {
                remedyType = command.remedyType();
                remedyAmount = remedyType.isMonetary() ? command.remedyAmount() : null;
            }
        }
        openReview().orElseThrow(() -> new IllegalStateException("under review without an open review"))
                .decide(now, caller.username(), command.reviewOutcome(), required("reason", command.reason()));
        customerResponse = null;
    }

    private void close(ComplaintCommand command, Caller caller, Instant now) {
        CustomerResponse response = command.customerResponse();
        if (response == null || response == CustomerResponse.DISPUTED) {
            throw new InvalidInputException("customerResponse",
                    "must be ACCEPTED, or NO_RESPONSE once the review window has passed (a dispute is a REQUEST_REVIEW)");
        }
        if (response == CustomerResponse.NO_RESPONSE && reviewWindowEndsAt != null && now.isBefore(reviewWindowEndsAt)) {
            throw new ConflictException("review-window-open",
                    "the customer may still ask for a review until " + reviewWindowEndsAt);
        }
        customerResponse = response;
        closedAt = now;
        closedBy = caller.username();
    }

    private void reclassify(ComplaintCommand command) {
        if (command.businessCategory() == null && command.cause() == null && command.severity() == null
                && command.regionCode() == null) {
            throw new InvalidInputException("businessCategory", "give at least one of businessCategory, cause, severity, regionCode");
        }
        if (command.businessCategory() != null) {
            businessCategory = command.businessCategory();
        }
        if (command.cause() != null) {
            cause = command.cause();
        }
        if (command.severity() != null) {
            severity = command.severity();
        }
        if (command.regionCode() != null) {
            regionCode = command.regionCode();
        }
    }

    private void recordRemedy(ComplaintCommand command, Instant now, DeadlinePolicy policy) {
        if (remedyType == null || remedyType == RemedyType.NONE) {
            throw new ConflictException("no-remedy", "no remedy was promised for this complaint");
        }
        LocalDate on = command.remedyCarriedOutOn() == null
                ? LocalDate.ofInstant(now, policy.zone()) : command.remedyCarriedOutOn();
        if (on.isAfter(LocalDate.ofInstant(now, policy.zone()))) {
            throw new InvalidInputException("remedyCarriedOutOn", "must not be in the future");
        }
        remedyCarriedOutOn = on;
    }

    /** The system's escalation of a due or overdue complaint: to the supervisor first, then the manager. */
    public boolean escalate(int level, Instant now) {
        if (level <= escalationLevel || !status.awaitsDecision() || pausedSince != null) {
            return false;
        }
        escalationLevel = level;
        escalatedAt = now;
        return true;
    }

    /**
     * Counts the running clocks again on a changed holiday calendar: the decision limit while a
     * decision is awaited, the review window once the decision was told, the review's own limit
     * while it runs. What was already told or decided (a closed case) is never recounted. Returns
     * whether any date or flag changed.
     */
    public boolean recountOnCalendar(DeadlinePolicy policy, DeadlineEngine engine) {
        if (status.awaitsDecision()) {
            Instant dueBefore = decisionDueAt;
            String flagBefore = dueFlag;
            recomputeDeadline(policy, engine);
            return !dueBefore.equals(decisionDueAt) || !Objects.equals(flagBefore, dueFlag);
        }
        if (status == ComplaintStatus.RESPONDED && respondedAt != null) {
            Instant windowBefore = reviewWindowEndsAt;
            reviewWindowEndsAt = engine.reviewRequestWindow(policy, respondedAt).map(Deadline::dueAt).orElse(null);
            return !Objects.equals(windowBefore, reviewWindowEndsAt);
        }
        if (status == ComplaintStatus.UNDER_REVIEW) {
            return openReview().map(r -> r.recount(engine.reviewDecision(policy, r.requestedAt()).orElse(null)))
                    .orElse(false);
        }
        return false;
    }

    void recomputeDeadline(DeadlinePolicy policy, DeadlineEngine engine) {
        Deadline deadline = engine.decision(policy, receivedAt, extensionLevel, pausedDays);
        decisionDueAt = deadline.dueAt();
        dueFlag = deadline.flag();
    }

    /** The decision deadline as of now; while the clock is paused the paused days so far count too. */
    public Deadline decisionDeadline(DeadlinePolicy policy, DeadlineEngine engine, Instant now) {
        int paused = pausedDays + (pausedSince == null ? 0 : pausedDaysBetween(pausedSince, now, policy));
        return engine.decision(policy, receivedAt, extensionLevel, paused);
    }

    public void markRepeatOf(Long earlierComplaintId) {
        this.repeatOfId = earlierComplaintId;
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "is required for this action");
        }
        return value.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    // --- reading --------------------------------------------------------------------------------

    public Long id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public long customerId() {
        return customerId;
    }

    public String branchCode() {
        return branchCode;
    }

    public String intakeChannel() {
        return intakeChannel;
    }

    public String channelCode() {
        return channelCode;
    }

    public String businessCategory() {
        return businessCategory;
    }

    public String cause() {
        return cause;
    }

    public String regionCode() {
        return regionCode;
    }

    public Severity severity() {
        return severity;
    }

    public String description() {
        return description;
    }

    public String subjectStaff() {
        return subjectStaff;
    }

    public ComplaintStatus status() {
        return status;
    }

    public String assignee() {
        return assignee;
    }

    public String policyCode() {
        return policyCode;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public String registeredBy() {
        return registeredBy;
    }

    public int extensionLevel() {
        return extensionLevel;
    }

    public boolean isExtended() {
        return extensionLevel > 0;
    }

    public Instant pausedSince() {
        return pausedSince;
    }

    public int pausedDays() {
        return pausedDays;
    }

    public Instant decisionDueAt() {
        return decisionDueAt;
    }

    public String dueFlag() {
        return dueFlag;
    }

    public int escalationLevel() {
        return escalationLevel;
    }

    public Instant escalatedAt() {
        return escalatedAt;
    }

    public String declineReason() {
        return declineReason;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    public String resolution() {
        return resolution;
    }

    public RemedyType remedyType() {
        return remedyType;
    }

    public Money remedyAmount() {
        return remedyAmount;
    }

    public String rootCause() {
        return rootCause;
    }

    public String proposedBy() {
        return proposedBy;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    public Instant respondedAt() {
        return respondedAt;
    }

    public String respondedBy() {
        return respondedBy;
    }

    public ContactChannel responseChannel() {
        return responseChannel;
    }

    public Boolean decidedWithinLimit() {
        return decidedWithinLimit;
    }

    public Instant reviewWindowEndsAt() {
        return reviewWindowEndsAt;
    }

    public int reviewCount() {
        return reviewCount;
    }

    /** The review being decided, while the complaint is under review. */
    public Optional<ComplaintReview> openReview() {
        return reviews.stream().filter(ComplaintReview::isOpen).findFirst();
    }

    public List<ComplaintReview> reviews() {
        return Collections.unmodifiableList(reviews);
    }

    public CustomerResponse customerResponse() {
        return customerResponse;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String closedBy() {
        return closedBy;
    }

    public LocalDate remedyCarriedOutOn() {
        return remedyCarriedOutOn;
    }

    public Long repeatOfId() {
        return repeatOfId;
    }

    public int reopenCount() {
        return reopenCount;
    }

    public long version() {
        return version;
    }

    public List<ComplaintExtension> extensions() {
        return Collections.unmodifiableList(extensions);
    }

    public List<ComplaintPause> pauses() {
        return Collections.unmodifiableList(pauses);
    }
}
