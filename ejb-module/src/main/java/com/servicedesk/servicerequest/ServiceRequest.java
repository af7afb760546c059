package com.servicedesk.servicerequest;

import com.servicedesk.security.Caller;
import com.servicedesk.shared.ConflictException;
import com.servicedesk.shared.ForbiddenException;
import com.servicedesk.shared.IllegalTransitionException;
import com.servicedesk.shared.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A customer's request to the desk and its closed loop. Its two clocks come from the service
 * standard at intake: the first response (accepting it) and the resolution (answering it); a
 * breach of either is escalated to the branch supervisor once.
 */
@Entity
@Table(name = "service_request")
public class ServiceRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 20)
    private String reference;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "branch_code", nullable = false, length = 16)
    private String branchCode;

    @Column(nullable = false, length = 32)
    private String channel;

    @Column(name = "category_code", nullable = false, length = 32)
    private String category;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(nullable = false, length = 4000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ServiceRequestStatus status;

    @Column(length = 64)
    private String assignee;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "registered_by", nullable = false, length = 64)
    private String registeredBy;

    @Column(name = "first_response_due_at", nullable = false)
    private Instant firstResponseDueAt;

    @Column(name = "resolution_due_at", nullable = false)
    private Instant resolutionDueAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "responded_at")
    private Instant respondedAt;

    @Column(length = 4000)
    private String response;

    @Column(name = "feedback_understood")
    private Boolean feedbackUnderstood;

    @Column(name = "feedback_satisfied")
    private Boolean feedbackSatisfied;

    @Column(name = "feedback_note", length = 1000)
    private String feedbackNote;

    @Column(name = "followed_up_at")
    private Instant followedUpAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** When retention anonymised it (its personal data gone, its codes and dates kept). */
    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    @Column(name = "cancel_reason", length = 1000)
    private String cancelReason;

    @Column(name = "escalation_level", nullable = false)
    private int escalationLevel;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    @Version
    private long version;

    protected ServiceRequest() {
    }

    /** What intake records, already checked against the reference data. */
    public record Intake(long customerId, String branchCode, String channel, String category, String subject,
                         String description) {
    }

    public ServiceRequest(String reference, Intake intake, ServiceStandard standard, Caller registrar, Instant now) {
        this.reference = Objects.requireNonNull(reference);
        this.customerId = intake.customerId();
        this.branchCode = intake.branchCode();
        this.channel = intake.channel();
        this.category = intake.category();
        this.subject = intake.subject();
        this.description = intake.description();
        this.status = ServiceRequestStatus.RECEIVED;
        this.receivedAt = now;
        this.registeredBy = registrar.username();
        this.assignee = registrar.isSystem() ? null : registrar.username();
        this.firstResponseDueAt = now.plus(standard.firstResponse());
        this.resolutionDueAt = now.plus(standard.resolution());
    }

    /** The actions this caller may take now. */
    public Set<ServiceRequestAction> allowedActions(Caller caller) {
        EnumSet<ServiceRequestAction> allowed = EnumSet.noneOf(ServiceRequestAction.class);
        for (ServiceRequestAction action : ServiceRequestAction.values()) {
            if (action.allowedIn(status) && action.allowedFor(caller.role())
                    && !(action == ServiceRequestAction.ESCALATE && escalationLevel > 0)) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    /** Performs an action: the table decides (409), then the role (403), then the action's own rules. */
    public ServiceRequestStatus perform(ServiceRequestAction action, ServiceRequestCommand command, Caller caller,
                                        Instant now) {
        if (!action.allowedIn(status)) {
            List<String> allowed = allowedActions(caller).stream().map(Enum::name).toList();
            throw new IllegalTransitionException(action + " is not allowed while the request is " + status, allowed);
        }
        if (!caller.isSystem() && !action.allowedFor(caller.role())) {
            throw new ForbiddenException("the " + caller.role() + " role may not " + action + " a service request");
        }
        ServiceRequestStatus before = status;
        switch (action) {
            case ACCEPT -> {
                acceptedAt = now;
                if (assignee == null) {
                    assignee = caller.username();
                }
            }
            case START -> {
                if (assignee == null) {
                    assignee = caller.username();
                }
            }
            case RESPOND -> {
                response = required("response", command.response());
                respondedAt = now;
                feedbackUnderstood = command.understood();
                feedbackSatisfied = command.satisfied();
                feedbackNote = blankToNull(command.feedbackNote());
            }
            case FOLLOW_UP -> followedUpAt = now;
            case CLOSE -> closedAt = now;
            case ESCALATE -> {
                required("note", command.note());
                if (!escalate(now)) {
                    throw new ConflictException("already-escalated",
                            "the request is already with the supervisor");
                }
            }
            case CANCEL -> {
                cancelReason = required("note", command.note());
                closedAt = now;
            }
            case ASSIGN -> assignee = required("assignee", command.assignee());
        }
        status = action.target(status);
        return before;
    }

    /** Raises the request to the branch supervisor, once. */
    public boolean escalate(Instant now) {
        if (escalationLevel > 0 || !status.awaitsResponse()) {
            return false;
        }
        escalationLevel = 1;
        escalatedAt = now;
        return true;
    }

    /** The deadline the request is measured against now: first response before acceptance, then resolution. */
    public Instant currentDueAt() {
        return status == ServiceRequestStatus.RECEIVED ? firstResponseDueAt : resolutionDueAt;
    }

    /** Whether a target is breached at {@code now}. */
    public boolean isOverdue(Instant now) {
        return status.awaitsResponse() && !now.isBefore(currentDueAt());
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

    public String channel() {
        return channel;
    }

    public String category() {
        return category;
    }

    public String subject() {
        return subject;
    }

    public String description() {
        return description;
    }

    public ServiceRequestStatus status() {
        return status;
    }

    public String assignee() {
        return assignee;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public String registeredBy() {
        return registeredBy;
    }

    public Instant firstResponseDueAt() {
        return firstResponseDueAt;
    }

    public Instant resolutionDueAt() {
        return resolutionDueAt;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    public Instant respondedAt() {
        return respondedAt;
    }

    public String response() {
        return response;
    }

    public Boolean feedbackUnderstood() {
        return feedbackUnderstood;
    }

    public Boolean feedbackSatisfied() {
        return feedbackSatisfied;
    }

    public String feedbackNote() {
        return feedbackNote;
    }

    public Instant followedUpAt() {
        return followedUpAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String cancelReason() {
        return cancelReason;
    }

    public int escalationLevel() {
        return escalationLevel;
    }

    public Instant escalatedAt() {
        return escalatedAt;
    }

    public long version() {
        return version;
    }

    public Instant anonymisedAt() {
        return anonymisedAt;
    }
}
