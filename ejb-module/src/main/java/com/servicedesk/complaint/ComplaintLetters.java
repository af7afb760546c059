package com.servicedesk.complaint;

import com.servicedesk.audit.AuditEvent;
import com.servicedesk.audit.AuditTrail;
import com.servicedesk.customer.CustomerService;
import com.servicedesk.notification.Correspondence;
import com.servicedesk.notification.Delivered;
import com.servicedesk.notification.LetterKind;
import com.servicedesk.notification.NotificationChannel;
import com.servicedesk.notification.Recipient;
import com.servicedesk.organisation.Branch;
import com.servicedesk.reports.letter.CustomerLetter;
import com.servicedesk.security.Caller;
import com.servicedesk.shared.JsonSupport;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/**
 * The letters a complaint's transitions owe the customer (CBIRC 2020 No.3 arts. 10–13, 18–20): which
 * transition writes which letter, what it says, and to whom it goes; and, when the outbox reports a
 * delivery, the fact that the customer was told, on the complaint and in its history.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ComplaintLetters {

    /** The transitions the customer must be told of, and the letter each writes. */
    static final Map<ComplaintAction, LetterKind> LETTERS = Map.of(
            ComplaintAction.ACCEPT, LetterKind.ACCEPTANCE,
            ComplaintAction.DECLINE, LetterKind.DECLINE,
            ComplaintAction.EXTEND, LetterKind.EXTENSION,
            ComplaintAction.PAUSE_CLOCK, LetterKind.PAUSE,
            ComplaintAction.RESPOND, LetterKind.DECISION,
            ComplaintAction.DECIDE_REVIEW, LetterKind.REVIEW_DECISION,
            ComplaintAction.WITHDRAW, LetterKind.WITHDRAWAL);

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Correspondence correspondence;

    @EJB
    private CustomerService customers;

    @EJB
    private AuditTrail audit;

    /** Writes the letter the action owes the customer, if it owes one, with its notification. */
    public void afterTransition(Complaint c, ComplaintAction action, Caller caller, Instant now, Instant decisionDueAt) {
        LetterKind kind = LETTERS.get(action);
        if (kind == null) {
            return;
        }
        CustomerService.Contact contact = customers.contact(c.customerId());
        Branch branch = em.find(Branch.class, c.branchCode());
        Recipient to = Recipient.choose(contact.name(), contact.preferredChannel() == null ? null
                        : NotificationChannel.valueOf(contact.preferredChannel().name()), contact.email(), contact.mobile());
        correspondence.issue(ComplaintService.AUDIT_TYPE, c.id(), kind, letter(c, kind, contact.name(),
                branch == null ? c.branchCode() : branch.nameZh(), now, decisionDueAt), to, caller.username(), now);
    }

    /** What the letter of this kind says about the complaint as it now stands. */
    static CustomerLetter letter(Complaint c, LetterKind kind, String customerName, String branchName, Instant now,
                                 Instant decisionDueAt) {
        Resolution r = c.resolution();
        Optional<ComplaintReview> review = c.reviews().stream().filter(v -> v.decidedAt() != null)
                .max(Comparator.comparing(ComplaintReview::decidedAt));
        Optional<ComplaintExtension> extension = c.extensions().stream().max(Comparator.comparing(ComplaintExtension::grantedAt));
        Optional<ComplaintPause> pause = c.pauses().stream().max(Comparator.comparing(ComplaintPause::startedAt));
        String reason = switch (kind) {
            case DECLINE -> c.declineReason();
            case EXTENSION -> extension.map(ComplaintExtension::reason).orElse(null);
            case PAUSE -> pause.map(ComplaintPause::reason).orElse(null);
            case REVIEW_DECISION -> review.map(ComplaintReview::decision).orElse(null);
            case WITHDRAWAL -> c.withdrawalReason();
            default -> null;
        };
        return new CustomerLetter(kind.name(), customerName, c.reference(), branchName, c.receivedAt(), c.acceptedAt(),
                decisionDueAt, extension.map(ComplaintExtension::limitDays).orElse(null), reason,
                pause.map(ComplaintPause::startedAt).orElse(null), r.rootCause(), r.text(),
                r.remedyType() == null ? null : r.remedyType().name(),
                r.remedyAmount() == null ? null : r.remedyAmount().amount(),
                r.remedyAmount() == null ? null : r.remedyAmount().currency(), c.notice().reviewWindowEndsAt(),
                review.map(v -> v.outcome() == null ? null : v.outcome().name()).orElse(null), now);
    }

    /**
     * The outbox delivered a complaint's notification: the history records it, and the decision's
     * first delivery is when the customer was told.
     */
    public void delivered(@Observes Delivered delivery) {
        if (!ComplaintService.AUDIT_TYPE.equals(delivery.caseType())) {
            return;
        }
        Complaint c = em.find(Complaint.class, delivery.caseId());
        if (delivery.letterKind() == LetterKind.DECISION) {
            c.notice().delivered(ContactChannel.valueOf(delivery.channel().name()), delivery.at(), c.clock().decisionDueAt());
        }
        var detail = JsonSupport.JSON.createObjectBuilder().add("notification", delivery.notificationId())
                .add("channel", delivery.channel().name()).add("at", delivery.at().toString());
        if (delivery.letterNumber() != null) {
            detail.add("letter", delivery.letterNumber()).add("kind", delivery.letterKind().name());
        }
        audit.recordAs("system", AuditEvent.of(ComplaintService.AUDIT_TYPE, c.id(), "NOTIFY").withDetail(detail.build().toString()));
    }
}
