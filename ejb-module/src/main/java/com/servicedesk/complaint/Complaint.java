package com.servicedesk.complaint;

import com.servicedesk.complaint.ComplaintCommand.DecideReview;
import com.servicedesk.complaint.ComplaintCommand.Extend;
import com.servicedesk.complaint.ComplaintCommand.ProposeResolution;
import com.servicedesk.complaint.ComplaintCommand.RecordRemedy;
import com.servicedesk.complaint.ComplaintCommand.Respond;
import com.servicedesk.security.Caller;
import com.servicedesk.shared.ConflictException;
import com.servicedesk.shared.ForbiddenException;
import com.servicedesk.shared.IllegalTransitionException;
import com.servicedesk.shared.InvalidInputException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A customer's complaint and its regulated handling. The complaint decides for itself what may
 * happen next: the lifecycle table ({@link ComplaintAction}), the roles, impartiality (the member
 * of staff it is about never handles it; whoever proposed a resolution never approves it), and the
 * case rules of {@link #GUARDS}. Its parts carry their own rules: the classification, the decision
 * clock (extensions, pauses, escalation, the restart on reopening), the resolution, the decision as
 * told to the customer, and the customer's reply.
 */
@Entity
@Table(name = "complaint")
public class Complaint {

    /** A case rule: when it refuses an action for this caller now, with its code and its message. */
    private record Guard(String code, Refuses refuses, Function<Complaint, String> message) {
        Guard(String code, Refuses refuses, String message) {
            this(code, refuses, c -> message);
        }
    }

    @FunctionalInterface
    private interface Refuses {
        boolean test(Complaint c, Caller caller, Instant now);
    }

    /** Each action's case rules, declared once: both allowedActions and perform ask them. */
    private static final Map<ComplaintAction, Guard> GUARDS = new EnumMap<>(Map.of(
            ComplaintAction.EXTEND, new Guard("extension-limit", (c, who, now) -> c.clock.extensionLevel() >= 2,
                    "the decision limit has already been extended twice; no further extension exists"),
            ComplaintAction.PAUSE_CLOCK, new Guard("clock-paused", (c, who, now) -> c.clock.isPaused(),
                    "the decision clock is already paused"),
            ComplaintAction.RESUME_CLOCK, new Guard("clock-running", (c, who, now) -> !c.clock.isPaused(),
                    "the decision clock is not paused"),
            ComplaintAction.RESPOND, new Guard("four-eyes",
                    (c, who, now) -> who.username().equals(c.resolution().proposedBy()),
                    "whoever proposed a resolution may not approve it"),
            ComplaintAction.DECIDE_REVIEW, new Guard("four-eyes",
                    (c, who, now) -> who.username().equals(c.resolution().proposedBy())
                            || who.username().equals(c.notice().respondedBy()),
                    "a review must be decided by someone who took no part in the first decision"),
            ComplaintAction.REQUEST_REVIEW, new Guard("review-window-closed",
                    (c, who, now) -> c.notice().reviewWindowClosed(now),
                    c -> "the window for asking a review closed on " + c.notice().reviewWindowEndsAt()),
            ComplaintAction.RECORD_REMEDY, new Guard("no-remedy", (c, who, now) -> !c.resolution().promisesRemedy(),
                    "no remedy was promised for this complaint"),
            ComplaintAction.ACCEPT, new Guard("authorisation-missing",
                    (c, who, now) -> c.representative() != null && !c.representative().hasAuthorisation(),
                    "the complaint comes through a representative: their written authorisation (or proof of heirship or"
                            + " guardianship) must be on file before it is accepted")));

    /** The actions that decide a group's child on its own: after one, the group's decision no longer carries it. */
    private static final Set<ComplaintAction> DECIDED_APART = EnumSet.of(ComplaintAction.DECLINE,
            ComplaintAction.PROPOSE_RESOLUTION, ComplaintAction.RESPOND, ComplaintAction.REQUEST_REVIEW,
            ComplaintAction.DECIDE_REVIEW, ComplaintAction.CLOSE, ComplaintAction.WITHDRAW, ComplaintAction.MERGE);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 20)
    private String reference;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "branch_code", nullable = false, length = 16)
    private String branchCode;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "registered_by", nullable = false, length = 64)
    private String registeredBy;

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

    @Embedded
    private ComplaintClassification classification;

    @Embedded
    private DecisionClock clock;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "decline_reason", length = 1000)
    private String declineReason;

    /** When the customer withdrew the complaint, why, and how they said it. */
    /** When the case reached a final status (closed, declined, withdrawn, merged); empty while open. */
    @Column(name = "ended_at")
    private Instant endedAt;

    /** When retention anonymised the case; its codes, dates and amounts stay for the statistics. */
    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawal_reason", length = 1000)
    private String withdrawalReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "withdrawal_channel", length = 16)
    private ContactChannel withdrawalChannel;

    @Embedded
    private Resolution resolution;

    @Embedded
    private DecisionNotice notice;

    @Embedded
    private CustomerReply reply;

    @Column(name = "repeat_of_id")
    private Long repeatOfId;

    /** The earlier complaint this one brings new facts or reasons to: a new case with its own clock. */
    @Column(name = "related_to_id")
    private Long relatedToId;

    /** The open complaint this one was folded into (合并处理). */
    @Column(name = "merged_into_id")
    private Long mergedIntoId;

    /** Who brings the complaint for the customer, if not the customer (art. 14). */
    @Embedded
    private Representative representative;

    /** A group complaint's parent (art. 12), for an affected customer's own complaint within the group. */
    @Column(name = "parent_id")
    private Long parentId;

    /** A child of a group handled on its own: the parent's decision no longer carries it along. */
    @Column(name = "handled_apart", nullable = false)
    private boolean handledApart;

    /** A group complaint's representatives, one to five; empty for any other complaint. */
    @ElementCollection
    @CollectionTable(name = "complaint_group_representative", joinColumns = @JoinColumn(name = "complaint_id"))
    @OrderColumn(name = "position")
    private List<GroupRepresentative> groupRepresentatives = new ArrayList<>();

    /** A regulator's transfer (监管转办): the regulator's own reference and the day it transferred the case. */
    @Column(name = "regulator_reference", length = 64)
    private String regulatorReference;

    @Column(name = "transferred_on")
    private LocalDate transferredOn;

    @Column(name = "reopen_count", nullable = false)
    private int reopenCount;

    @Version
    private long version;

    // The clock's steps, the reviews and the outcomes are ordered sets rather than lists (bags), so that
    // one statement can fetch them all with the complaint (ComplaintService reads a case that way).
    @OneToMany(mappedBy = "complaint", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("round, level")
    private Set<ComplaintExtension> extensions = new LinkedHashSet<>();

    @OneToMany(mappedBy = "complaint", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("startedAt")
    private Set<ComplaintPause> pauses = new LinkedHashSet<>();

    @OneToMany(mappedBy = "complaint", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("requestedAt")
    private Set<ComplaintReview> reviews = new LinkedHashSet<>();

    @OneToMany(mappedBy = "complaint", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("decidedOn, id")
    private Set<ComplaintAdrOutcome> adrOutcomes = new LinkedHashSet<>();

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
        this.classification = new ComplaintClassification(intake.intakeChannel(), intake.channelCode(),
                intake.businessCategory(), intake.cause(), intake.regionCode(), intake.severity());
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
        this.clock = new DecisionClock(policy, receivedAt, engine);
        this.reply = new CustomerReply();
    }

    // --- what may happen next -------------------------------------------------------------------

    /** The actions this caller may take now, for the portal's buttons and the API's allowedActions. */
    public Set<ComplaintAction> allowedActions(Caller caller, Instant now, DeadlinePolicy policy) {
        EnumSet<ComplaintAction> allowed = EnumSet.noneOf(ComplaintAction.class);
        for (ComplaintAction action : ComplaintAction.inState(status)) {
            if (action.allowedFor(caller.role()) && !isAbout(caller) && refusal(action, caller, now).isEmpty()
                    && (action != ComplaintAction.EXTEND || nextExtensionOpenTo(caller, policy))
                    && (action != ComplaintAction.PAUSE_CLOCK || policy.pauseAllowed())) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    /** Whether the policy has a next extension and the caller's role may grant it. */
    private boolean nextExtensionOpenTo(Caller caller, DeadlinePolicy policy) {
        int next = clock.extensionLevel() + 1;
        return policy.decisionDays(next).isPresent() && policy.mayExtend(next, caller.role());
    }

    /** The case rule that refuses the action for this caller now, if any. */
    private Optional<Guard> refusal(ComplaintAction action, Caller caller, Instant now) {
        Guard guard = GUARDS.get(action);
        return guard != null && guard.refuses().test(this, caller, now) ? Optional.of(guard) : Optional.empty();
    }

    /**
     * Checks in order: the lifecycle table (409 with the allowed actions), the role (403),
     * impartiality and the case's own rules (409).
     */
    private void check(ComplaintAction action, Caller caller, Instant now, DeadlinePolicy policy) {
        if (!action.allowedIn(status)) {
            throw new IllegalTransitionException(action + " is not allowed while the complaint is " + status,
                    allowedActions(caller, now, policy).stream().map(Enum::name).toList());
        }
        if (!caller.isSystem() && !action.allowedFor(caller.role())) {
            throw new ForbiddenException("the " + caller.role() + " role may not " + action + " a complaint");
        }
        if (isAbout(caller)) {
            throw new ConflictException("impartiality", "this complaint is about you: you may take no part in handling it");
        }
        refusal(action, caller, now).ifPresent(guard -> {
            throw new ConflictException(guard.code(), guard.message().apply(this));
        });
        if (action == ComplaintAction.PAUSE_CLOCK && !policy.pauseAllowed()) {
            throw new ConflictException("pause-not-allowed", "the " + policy.code() + " rules do not stop the clock");
        }
    }

    private boolean isAbout(Caller caller) {
        return subjectStaff != null && subjectStaff.equals(caller.username());
    }

    // --- the lifecycle --------------------------------------------------------------------------

    /**
     * Carries out the command for the caller at {@code now}; returns the status before it. The policy
     * and engine are needed for actions that move deadlines.
     */
    public ComplaintStatus perform(ComplaintCommand command, Caller caller, Instant now, DeadlinePolicy policy,
                                   DeadlineEngine engine) {
        ComplaintAction action = command.action();
        check(action, caller, now, policy);
        ComplaintStatus before = status;
        if (parentId != null && DECIDED_APART.contains(action)) {
            handledApart = true;
        }
        switch (action) {
            case ACCEPT -> acceptedAt = now;
            case DECLINE -> declineReason = ((ComplaintCommand.Decline) command).reason();
            case START_INVESTIGATION -> {
                if (assignee == null) {
                    assignee = caller.username();
                }
            }
            case PROPOSE_RESOLUTION -> resolution().propose((ProposeResolution) command, caller.username(), now);
            case RETURN_PROPOSAL -> { }
            case CLOSE -> close((ComplaintCommand.Close) command, caller, now);
            case RESPOND -> notice().told(((Respond) command).channel(), caller.username(), now, clock.decisionDueAt(),
                    engine.reviewRequestWindow(policy, now).map(Deadline::dueAt).orElse(null));
            case EXTEND -> extend((Extend) command, caller, now, policy, engine);
            case PAUSE_CLOCK -> {
                pauses.add(new ComplaintPause(this, ((ComplaintCommand.PauseClock) command).reason(), now,
                        caller.username()));
                clock.pause(now);
            }
            case RESUME_CLOCK -> resume(caller, now, policy, engine);
            case REQUEST_REVIEW -> {
                reviews.add(new ComplaintReview(this, now, caller.username(),
                        ((ComplaintCommand.RequestReview) command).reason(), engine.reviewDecision(policy, now).orElse(null)));
                reply.disputed();
            }
            case DECIDE_REVIEW -> decideReview((DecideReview) command, caller, now);
            case REOPEN -> {
                reopenCount++;
                reply.reopened();
                clock.restart(now, policy, engine);
            }
            case RECLASSIFY -> classification.reclassify((ComplaintCommand.Reclassify) command);
            case ASSIGN -> assignee = ((ComplaintCommand.Assign) command).assignee();
            case RECORD_REMEDY -> recordRemedy((RecordRemedy) command, now, policy);
            case WITHDRAW -> withdraw((ComplaintCommand.Withdraw) command, caller, now, policy, engine);
            case MERGE -> {
                endThePause(caller.username(), now, policy, engine);
                mergedIntoId = ((ComplaintCommand.Merge) command).into();
            }
            case RECORD_ADR_OUTCOME -> recordAdrOutcome((ComplaintCommand.RecordAdrOutcome) command, caller, now, policy);
        }
        moveTo(action.target(status), now);
        return before;
    }

    /** The new status; a final one records when the case ended (retention counts its years from then). */
    private void moveTo(ComplaintStatus next, Instant now) {
        if (next.isFinal() && !status.isFinal()) {
            endedAt = now;
        } else if (!next.isFinal()) {
            endedAt = null;
        }
        status = next;
    }

    private void extend(Extend command, Caller caller, Instant now, DeadlinePolicy policy, DeadlineEngine engine) {
        int next = clock.extensionLevel() + 1;
        if (!caller.isSystem() && !policy.mayExtend(next, caller.role())) {
            throw new ForbiddenException("under the " + policy.code() + " rules extension " + next + " needs a "
                    + policy.extensionRole(next));
        }
        int limit = policy.decisionDays(next).orElseThrow(() -> new ConflictException("extension-limit",
                "the " + policy.code() + " rules allow no extension at level " + next));
        extensions.add(new ComplaintExtension(this, reopenCount, next, command.reason(), caller.username(), now, limit));
        clock.extendTo(next, policy, engine);
    }

    private void resume(Caller caller, Instant now, DeadlinePolicy policy, DeadlineEngine engine) {
        ComplaintPause open = pauses.stream().filter(ComplaintPause::isOpen).reduce((a, b) -> b)
                // paused, yet its pause was closed since this complaint was read: a concurrent RESUME_CLOCK
                // committed first, and this transaction must lose as a stale write would
                .orElseThrow(() -> new OptimisticLockException("the clock was resumed concurrently"));
        open.end(now, caller.username());
        clock.resume(now, policy, engine);
    }

    /** The procedure ends (a withdrawal, a merge, the group's decision): a pause still open closes with it. */
    private void endThePause(String by, Instant now, DeadlinePolicy policy, DeadlineEngine engine) {
        if (clock.isPaused()) {
            pauses.stream().filter(ComplaintPause::isOpen).forEach(p -> p.end(now, by));
            clock.resume(now, policy, engine);
        }
    }

    private void decideReview(DecideReview command, Caller caller, Instant now) {
        if (command.reviewOutcome() == ReviewOutcome.REVISED) {
            resolution().revise(command.resolution(), command.remedyType(), command.remedyAmount());
        }
        openReview().orElseThrow(() -> new IllegalStateException("under review without an open review"))
                .decide(now, caller.username(), command.reviewOutcome(), command.reason());
        reply.awaitAnswer();
    }

    private void close(ComplaintCommand.Close command, Caller caller, Instant now) {
        if (command.customerResponse() == CustomerResponse.NO_RESPONSE && !notice().reviewWindowClosed(now)
                && notice().reviewWindowEndsAt() != null) {
            throw new ConflictException("review-window-open",
                    "the customer may still ask for a review until " + notice().reviewWindowEndsAt());
        }
        reply.closed(command.customerResponse(), caller.username(), now);
    }

    /** The procedure ends today: a paused clock's pause is closed, and nothing runs any more. */
    private void withdraw(ComplaintCommand.Withdraw command, Caller caller, Instant now, DeadlinePolicy policy,
                          DeadlineEngine engine) {
        endThePause(caller.username(), now, policy, engine);
        withdrawnAt = now;
        withdrawalReason = command.reason();
        withdrawalChannel = command.channel();
    }

    private void recordAdrOutcome(ComplaintCommand.RecordAdrOutcome command, Caller caller, Instant now, DeadlinePolicy policy) {
        if (command.decidedOn().isAfter(LocalDate.ofInstant(now, policy.zone()))) {
            throw new InvalidInputException("decidedOn", "must not be in the future");
        }
        if (notice().respondedAt() != null && command.decidedOn().isBefore(LocalDate.ofInstant(notice().respondedAt(), policy.zone()))) {
            throw new InvalidInputException("decidedOn", "must not be before the bank's decision was told");
        }
        adrOutcomes.add(new ComplaintAdrOutcome(this, command, caller.username(), now));
    }

    /**
     * Refuses a merge of this complaint into the survivor unless the survivor is another, open complaint of
     * the same customer (409 naming the rule).
     */
    public void requireMergeableInto(Complaint survivor) {
        if (survivor == this || id != null && id.equals(survivor.id())) {
            throw new ConflictException("merge-into-itself", "a complaint cannot be merged into itself");
        }
        if (survivor.customerId() != customerId) {
            throw new ConflictException("merge-other-customer", "only complaints of the same customer can be merged; "
                    + survivor.reference() + " is another customer's");
        }
        if (survivor.status().isFinal()) {
            throw new ConflictException("merge-into-closed", survivor.reference() + " is " + survivor.status()
                    + "; a complaint is merged only into an open one");
        }
    }

    /** A complaint transferred by the regulator, with the regulator's reference and the day of the transfer. */
    public void transferredByRegulator(String reference, LocalDate on) {
        this.regulatorReference = Objects.requireNonNull(reference);
        this.transferredOn = Objects.requireNonNull(on);
    }

    /** A group complaint (art. 12): the customers' representatives, one to five. */
    public void representedGroup(List<GroupRepresentative> representatives) {
        if (representatives.isEmpty() || representatives.size() > 5) {
            throw new InvalidInputException("group.representatives", "a group sends one to five representatives (art. 12)");
        }
        groupRepresentatives.clear();
        groupRepresentatives.addAll(representatives);
    }

    /** This complaint is an affected customer's, within the group complaint given. */
    public void withinGroup(Complaint parent) {
        if (!parent.isGroup() || parent.status().isFinal()) {
            throw new InvalidInputException("parentId", "must be an open group complaint");
        }
        this.parentId = parent.id();
    }

    public boolean isGroup() {
        return !groupRepresentatives.isEmpty();
    }

    /**
     * The group's decision applies to this child (unless it is handled apart): when the parent's decision is
     * told, the child is told the same decision on its own clock; when the parent closes, an answered child
     * closes with the same response. Returns whether anything changed.
     */
    public boolean followGroup(Complaint parent, Instant now, DeadlinePolicy policy, DeadlineEngine engine) {
        if (handledApart || !Objects.equals(parentId, parent.id()) || status.isFinal()) {
            return false;
        }
        if (parent.status() == ComplaintStatus.RESPONDED && status.awaitsDecision()) {
            endThePause("system", now, policy, engine);
            Resolution decided = parent.resolution();
            resolution().propose(new ProposeResolution(decided.text(), decided.remedyType(), decided.remedyAmount(),
                    decided.rootCause()), decided.proposedBy(), now);
            notice().told(parent.notice().responseChannel(), parent.notice().respondedBy(), now, clock.decisionDueAt(),
                    engine.reviewRequestWindow(policy, now).map(Deadline::dueAt).orElse(null));
            if (acceptedAt == null) {
                acceptedAt = now;
            }
            moveTo(ComplaintStatus.RESPONDED, now);
            return true;
        }
        if (parent.status() == ComplaintStatus.CLOSED && status == ComplaintStatus.RESPONDED) {
            reply.closed(parent.reply().customerResponse(), "system", now);
            moveTo(ComplaintStatus.CLOSED, now);
            return true;
        }
        return false;
    }


    public Long parentId() {
        return parentId;
    }

    public boolean handledApart() {
        return handledApart;
    }

    public List<GroupRepresentative> groupRepresentatives() {
        return Collections.unmodifiableList(groupRepresentatives);
    }

    void reencryptGroupPhones(UnaryOperator<String> reencrypt) {
        groupRepresentatives.replaceAll(r -> r.phoneEncrypted() == null ? r : r.withPhone(reencrypt.apply(r.phoneEncrypted())));
    }

    /** The branch's assignment by workload chose who handles the complaint. */
    void assignedByWorkload(String username) {
        this.assignee = Objects.requireNonNull(username);
    }

    /** Who may not be given this complaint: the member of staff it is about and, for a review, whoever took part in the first decision. */
    public Set<String> notToBeAssigned(boolean forReview) {
        Set<String> excluded = new TreeSet<>();
        if (subjectStaff != null) {
            excluded.add(subjectStaff);
        }
        if (forReview) {
            if (resolution().proposedBy() != null) {
                excluded.add(resolution().proposedBy());
            }
            if (notice().respondedBy() != null) {
                excluded.add(notice().respondedBy());
            }
        }
        return excluded;
    }

    /** The complaint comes through a representative (art. 14). */
    public void broughtBy(Representative representative) {
        this.representative = Objects.requireNonNull(representative);
    }

    /** The representative's authorisation is now on file: one of the case's evidence files. */
    public void authorisationOnFile(long attachmentId) {
        if (representative == null) {
            throw new ConflictException("no-representative", "the complaint was brought by the customer, not a representative");
        }
        representative.authorisedBy(attachmentId);
    }

    /** The earlier complaint whose matter this one takes up again with new facts or reasons. */
    public void relateTo(Long earlierComplaintId) {
        this.relatedToId = earlierComplaintId;
    }

    private void recordRemedy(RecordRemedy command, Instant now, DeadlinePolicy policy) {
        LocalDate today = LocalDate.ofInstant(now, policy.zone());
        LocalDate on = command.remedyCarriedOutOn() == null ? today : command.remedyCarriedOutOn();
        if (on.isAfter(today)) {
            throw new InvalidInputException("remedyCarriedOutOn", "must not be in the future");
        }
        resolution().carriedOut(on);
    }

    /**
     * The system's escalation of a due or overdue complaint, when its clock calls for one it has not
     * had: to the supervisor first, then the manager. Returns the level reached, or 0.
     */
    public int escalate(Instant now) {
        if (!status.awaitsDecision()) {
            return 0;
        }
        int level = clock.escalationDue(now);
        if (level > 0) {
            clock.escalate(level, now);
        }
        return level;
    }

    /**
     * Counts the running clocks again on a changed holiday calendar: the decision limit while a
     * decision is awaited, the review window once the decision was told, the review's own limit
     * while it runs. What was already told or decided (a closed case) is never recounted. Returns
     * whether any date or flag changed.
     */
    public boolean recountOnCalendar(DeadlinePolicy policy, DeadlineEngine engine) {
        if (status.awaitsDecision()) {
            Instant dueBefore = clock.decisionDueAt();
            String flagBefore = clock.dueFlag();
            clock.recompute(policy, engine);
            return !dueBefore.equals(clock.decisionDueAt()) || !Objects.equals(flagBefore, clock.dueFlag());
        }
        if (status == ComplaintStatus.RESPONDED && notice().respondedAt() != null) {
            Instant windowBefore = notice().reviewWindowEndsAt();
            notice().reviewWindowEndsAt(engine.reviewRequestWindow(policy, notice().respondedAt())
                    .map(Deadline::dueAt).orElse(null));
            return !Objects.equals(windowBefore, notice().reviewWindowEndsAt());
        }
        if (status == ComplaintStatus.UNDER_REVIEW) {
            return openReview().map(r -> r.recount(engine.reviewDecision(policy, r.requestedAt()).orElse(null)))
                    .orElse(false);
        }
        return false;
    }

    /** The decision deadline as of now; while the clock is paused the paused days so far count too. */
    public Deadline decisionDeadline(DeadlinePolicy policy, DeadlineEngine engine, Instant now) {
        return clock.deadline(policy, engine, now);
    }

    public void markRepeatOf(Long earlierComplaintId) {
        this.repeatOfId = earlierComplaintId;
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

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public String registeredBy() {
        return registeredBy;
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

    public ComplaintClassification classification() {
        return classification;
    }

    public DecisionClock clock() {
        return clock;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    public String declineReason() {
        return declineReason;
    }

    /** Who brought the complaint for the customer, or null: Hibernate reads an all-null embeddable as null. */
    public Representative representative() {
        return representative;
    }

    public Long relatedToId() {
        return relatedToId;
    }

    public Long mergedIntoId() {
        return mergedIntoId;
    }

    public String regulatorReference() {
        return regulatorReference;
    }

    public LocalDate transferredOn() {
        return transferredOn;
    }

    public List<ComplaintAdrOutcome> adrOutcomes() {
        return List.copyOf(adrOutcomes);
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }

    public String withdrawalReason() {
        return withdrawalReason;
    }

    public ContactChannel withdrawalChannel() {
        return withdrawalChannel;
    }

    /** The resolution; an empty one until a resolution is proposed (JPA gives no embeddable for all-null columns). */
    public Resolution resolution() {
        if (resolution == null) {
            resolution = new Resolution();
        }
        return resolution;
    }

    /** The decision as told; an empty one until it is told. */
    public DecisionNotice notice() {
        if (notice == null) {
            notice = new DecisionNotice();
        }
        return notice;
    }

    public CustomerReply reply() {
        return reply;
    }

    /** The review being decided, while the complaint is under review. */
    public Optional<ComplaintReview> openReview() {
        return reviews.stream().filter(ComplaintReview::isOpen).findFirst();
    }

    public List<ComplaintReview> reviews() {
        return List.copyOf(reviews);
    }

    public Instant endedAt() {
        return endedAt;
    }

    public Instant anonymisedAt() {
        return anonymisedAt;
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
        return List.copyOf(extensions);
    }

    public List<ComplaintPause> pauses() {
        return List.copyOf(pauses);
    }
}
