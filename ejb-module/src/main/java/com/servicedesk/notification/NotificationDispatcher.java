package com.servicedesk.notification;

import com.servicedesk.security.PersonalDataCipher;
import com.servicedesk.shared.TimeSource;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivers the outbox every 15 seconds. Each due notification is first claimed in a transaction of
 * its own (an UPDATE that only one sender can win, on however many servers), then sent outside any
 * transaction, then recorded as delivered or failed in another. A server killed mid-send leaves a
 * claim that runs out after {@code servicedesk.notifications.claim}; the next pass sends again, with
 * the same Message-ID. Letters for the post are left for the branch to record as posted.
 */
@Singleton
@PermitAll
@Lock(LockType.READ)
public class NotificationDispatcher {

    private static final Logger LOG = Logger.getLogger(NotificationDispatcher.class.getName());
    private static final int BATCH = 50;

    /** What one pass did: delivered, failed and to be retried, failed and given up. */
    public record Run(int sent, int retrying, int gaveUp) {
    }

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Correspondence correspondence;

    @Inject
    private MailGateway mail;

    @Inject
    private SmsGateway sms;

    @Inject
    private PersonalDataCipher cipher;

    @Inject
    private TimeSource time;

    @Resource
    private SessionContext context;

    @Inject
    @ConfigProperty(name = "servicedesk.notifications.retry-first", defaultValue = "PT30S")
    private Duration retryFirst;

    @Inject
    @ConfigProperty(name = "servicedesk.notifications.retry-longest", defaultValue = "PT1H")
    private Duration retryLongest;

    @Inject
    @ConfigProperty(name = "servicedesk.notifications.give-up-after", defaultValue = "P2D")
    private Duration giveUpAfter;

    @Inject
    @ConfigProperty(name = "servicedesk.notifications.claim", defaultValue = "PT1M")
    private Duration claim;

    private RetryPolicy retries;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void configure() {
        retries = new RetryPolicy(retryFirst, retryLongest, giveUpAfter);
    }

    @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false)
    void scheduled() {
        try {
            run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "notification delivery pass failed; the next pass retries", e);
        }
    }

    /** One pass over the due notifications; a pass already under way makes this one do nothing. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Run run() {
        if (!running.compareAndSet(false, true)) {
            return new Run(0, 0, 0);
        }
        try {
            NotificationDispatcher self = context.getBusinessObject(NotificationDispatcher.class);
            int sent = 0;
            int retrying = 0;
            int gaveUp = 0;
            List<Long> claimed;
            do {
                claimed = self.claimDue(BATCH);
                for (long id : claimed) {
                    switch (deliver(self, id)) {
                        case SENT -> sent++;
                        case PENDING -> retrying++;
                        case FAILED -> gaveUp++;
                    }
                }
            } while (claimed.size() == BATCH);
            Run run = new Run(sent, retrying, gaveUp);
            if (sent + retrying + gaveUp > 0) {
                LOG.info(() -> "notifications: " + run.sent() + " delivered, " + run.retrying() + " to retry, "
                        + run.gaveUp() + " given up");
            }
            return run;
        } finally {
            running.set(false);
        }
    }

    private NotificationStatus deliver(NotificationDispatcher self, long id) {
        Outgoing message = self.outgoing(id);
        try {
            switch (message.channel()) {
                case EMAIL -> mail.send(message);
                case SMS -> sms.send(message);
                case LETTER -> throw new IllegalStateException("letters for the post are never claimed");
            }
        } catch (DeliveryException e) {
            // the gateway's words may quote the address: it is personal data and never stored or logged
            String error = message.address() == null || e.getMessage() == null ? e.getMessage()
                    : e.getMessage().replace(message.address(), "<recipient>");
            LOG.warning(() -> "notification " + id + " not delivered (" + message.channel() + "): " + error);
            return self.recordFailure(id, error);
        }
        NotificationStatus status = self.recordDelivery(id);
        announce(self, id);
        return status;
    }

    /**
     * Tells the case of the delivery, in a transaction of its own: the delivery stays recorded even
     * when the case is busy (a concurrent edit), and is announced again up to three times.
     */
    private void announce(NotificationDispatcher self, long id) {
        for (int attempt = 1; ; attempt++) {
            try {
                self.announceDelivery(id);
                return;
            } catch (RuntimeException e) {
                if (attempt == 3) {
                    LOG.log(Level.WARNING, "notification " + id + " was delivered but its case could not record it", e);
                    return;
                }
            }
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void announceDelivery(long id) {
        correspondence.announce(em.find(Notification.class, id));
    }

    /** Claims up to {@code max} due notifications for this sender, each by an UPDATE only one sender wins. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> claimDue(int max) {
        Instant now = time.now();
        List<Long> due = em.createQuery("select n.id from Notification n where n.status = :pending and n.channel <> :letter"
                        + " and n.nextAttemptAt <= :now and (n.claimedUntil is null or n.claimedUntil < :now)"
                        + " order by n.nextAttemptAt, n.id", Long.class)
                .setParameter("pending", NotificationStatus.PENDING).setParameter("letter", NotificationChannel.LETTER)
                .setParameter("now", now).setMaxResults(max).getResultList();
        return due.stream().filter(id -> em.createQuery("update Notification n set n.claimedUntil = :until,"
                        + " n.version = n.version + 1 where n.id = :id and n.status = :pending"
                        + " and (n.claimedUntil is null or n.claimedUntil < :now)")
                .setParameter("until", now.plus(claim)).setParameter("id", id)
                .setParameter("pending", NotificationStatus.PENDING).setParameter("now", now).executeUpdate() == 1).toList();
    }

    /** The claimed notification as its gateway sends it, with the letter's PDF for an e-mail. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Outgoing outgoing(long id) {
        Notification n = em.find(Notification.class, id);
        String address = n.recipientEncrypted() == null ? null : cipher.decrypt(Notification.RECIPIENT_COLUMN,
                n.recipientEncrypted());
        String name = null;
        byte[] pdf = null;
        if (n.letterId() != null && n.channel() == NotificationChannel.EMAIL) {
            Correspondence.LetterContent letter = correspondence.content(n.caseType(), n.caseId(), n.letterId());
            name = letter.fileName();
            pdf = letter.pdf();
        }
        return new Outgoing(id, n.channel(), null, address, n.subject(), n.body(), name, pdf,
                "<notification-" + id + "@servicedesk>");
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public NotificationStatus recordDelivery(long id) {
        Notification n = em.find(Notification.class, id);
        n.delivered(time.now(), "system");
        return n.status();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public NotificationStatus recordFailure(long id, String error) {
        Notification n = em.find(Notification.class, id);
        n.attemptFailed(error, time.now(), retries);
        return n.status();
    }
}
