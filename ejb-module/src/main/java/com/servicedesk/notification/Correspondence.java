package com.servicedesk.notification;

import com.servicedesk.audit.AuditEvent;
import com.servicedesk.audit.AuditTrail;
import com.servicedesk.platform.ReferenceNumbers;
import com.servicedesk.reports.ReportMeta;
import com.servicedesk.reports.Reports;
import com.servicedesk.reports.letter.CustomerLetter;
import com.servicedesk.reports.letter.LetterReport;
import com.servicedesk.security.PersonalDataCipher;
import com.servicedesk.shared.ConflictException;
import com.servicedesk.shared.JsonSupport;
import com.servicedesk.shared.RecordNotFoundException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Issues letters and puts them in the outbox, in the caller's transaction: the letter is numbered,
 * rendered (PDF/A, Chinese embedded) and stored with its SHA-256, its issue goes into the case's audit
 * chain, and a notification to the customer by their channel is written beside it. The case's own
 * service checks the caller's scope before it asks for a case's letters.
 */
@Stateless
@PermitAll
public class Correspondence {

    public static final String BANK = "澜海银行";
    static final String SEQUENCE = "letter_number_seq";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @EJB
    private ReferenceNumbers references;

    @Inject
    private PersonalDataCipher cipher;

    @Inject
    private Event<Delivered> deliveries;

    /** Issues the letter of a case and writes its notification; returns the letter. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public LetterView issue(String caseType, long caseId, LetterKind kind, CustomerLetter content, Recipient to,
                            String actor, Instant now) {
        Locale locale = Reports.CHINESE;
        String number = references.next(kind.numberPrefix(), SEQUENCE, now);
        byte[] pdf = LetterReport.pdf(content, new ReportMeta(number, LetterReport.title(kind.name(), locale),
                content.reference(), BANK, now, locale, true));
        Letter letter = new Letter(caseType, caseId, kind, number, locale.toLanguageTag(), pdf, Reports.sha256(pdf), actor, now);
        em.persist(letter);
        em.flush();
        String body = to.channel() == NotificationChannel.SMS ? LetterReport.smsText(content, number, locale)
                : LetterReport.emailText(content, number, locale);
        Notification notification = new Notification(caseType, caseId, letter.id(), to.channel(),
                to.address() == null ? null : cipher.encrypt(Notification.RECIPIENT_COLUMN, to.address()),
                LetterReport.subject(content, locale), body, now);
        em.persist(notification);
        em.flush();
        audit.recordAs(actor, AuditEvent.of(caseType, caseId, "ISSUE_LETTER").withDetail(JsonSupport.JSON.createObjectBuilder()
                .add("kind", kind.name()).add("number", number).add("sha256", letter.sha256())
                .add("notification", notification.id()).add("channel", to.channel().name()).build().toString()));
        return LetterView.of(letter);
    }

    public List<LetterView> letters(String caseType, long caseId) {
        return em.createQuery("select l from Letter l where l.caseType = :t and l.caseId = :id order by l.createdAt, l.id",
                        Letter.class).setParameter("t", caseType).setParameter("id", caseId).getResultStream()
                .map(LetterView::of).toList();
    }

    public List<NotificationView> notifications(String caseType, long caseId) {
        return em.createQuery("select n from Notification n where n.caseType = :t and n.caseId = :id order by n.createdAt, n.id",
                        Notification.class).setParameter("t", caseType).setParameter("id", caseId).getResultStream()
                .map(NotificationView::of).toList();
    }

    /** A letter's PDF, after checking it still has the digest it was issued with. */
    public LetterContent content(String caseType, long caseId, long letterId) {
        Letter letter = em.find(Letter.class, letterId);
        if (letter == null || !letter.caseType().equals(caseType) || letter.caseId() != caseId || letter.destroyedAt() != null) {
            throw new RecordNotFoundException("letter", letterId); // a destroyed letter keeps its number and digest only
        }
        byte[] pdf = letter.content();
        if (!Reports.sha256(pdf).equals(letter.sha256())) {
            throw new IllegalStateException("letter " + letter.number() + " no longer matches its SHA-256");
        }
        return new LetterContent(LetterView.of(letter), pdf);
    }

    /** A letter's view and its bytes. */
    public record LetterContent(LetterView letter, byte[] pdf) {
        public String fileName() {
            return letter.number() + ".pdf";
        }
    }

    /**
     * The branch posted a letter that goes by post: the notification is delivered now, and the case
     * learns so as from any other delivery. Refused (409) for one that is not a pending letter.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public NotificationView recordPosted(String caseType, long caseId, long notificationId, String actor, Instant now) {
        Notification n = em.find(Notification.class, notificationId);
        if (n == null || !n.caseType().equals(caseType) || n.caseId() != caseId) {
            throw new RecordNotFoundException("notification", notificationId);
        }
        if (n.channel() != NotificationChannel.LETTER || n.status() != NotificationStatus.PENDING) {
            throw new ConflictException("not-a-pending-letter", "only a letter waiting for the post can be recorded as posted"
                    + " (this one is " + n.channel() + ", " + n.status() + ")");
        }
        n.delivered(now, actor);
        announce(n);
        return NotificationView.of(n);
    }

    /** Tells the case that its notification was delivered: in the transaction that recorded it. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void announce(Notification n) {
        Letter letter = n.letterId() == null ? null : em.find(Letter.class, n.letterId());
        deliveries.fire(new Delivered(n.caseType(), n.caseId(), n.id(), letter == null ? null : letter.kind(),
                letter == null ? null : letter.number(), n.channel(), n.sentAt()));
    }
}
