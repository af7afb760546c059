package com.servicedesk.events;

import com.servicedesk.shared.Queries;
import com.servicedesk.shared.TimeSource;
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
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Publishes the outbox to the topic {@value EventBroker#TOPIC} every five seconds, oldest first. A batch is
 * first claimed by an UPDATE only one publisher wins (on however many servers), then sent in one broker
 * transaction, then marked published. A server killed after a change committed but before its event
 * was sent leaves the row unpublished, and the first pass after the restart sends it; one killed
 * between the send and the mark sends the batch again (delivery is at least once, consumers
 * de-duplicate by the event's id). A claim left by a dead publisher runs out after
 * {@code servicedesk.events.claim}.
 */
@Singleton
@PermitAll
@Lock(LockType.READ)
public class EventPublisher {

    private static final Logger LOG = Logger.getLogger(EventPublisher.class.getName());
    private static final int BATCH = 100;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private EventBroker broker;

    @Inject
    private TimeSource time;

    @Resource
    private SessionContext context;

    @Inject
    @ConfigProperty(name = "servicedesk.events.claim", defaultValue = "PT30S")
    private Duration claim;

    private final AtomicBoolean running = new AtomicBoolean();

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    void scheduled() {
        try {
            run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "domain event publication failed; the claim runs out and a later pass retries", e);
        }
    }

    /** Publishes what is waiting; how many events went out. A pass already under way makes this one do nothing. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int run() {
        if (!running.compareAndSet(false, true)) {
            return 0;
        }
        try {
            EventPublisher self = context.getBusinessObject(EventPublisher.class);
            int published = 0;
            List<OutboxEvent> batch;
            do {
                batch = self.claim(BATCH);
                if (!batch.isEmpty()) {
                    send(batch);
                    self.published(batch.stream().map(OutboxEvent::position).toList());
                    published += batch.size();
                }
            } while (batch.size() == BATCH);
            return published;
        } finally {
            running.set(false);
        }
    }

    /**
     * Claims up to {@code max} unpublished events, oldest first: one UPDATE writes this pass's token on
     * those no other publisher holds, and the rows carrying it are the batch (three statements a batch).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<OutboxEvent> claim(int max) {
        Instant now = time.now();
        List<Long> waiting = em.createQuery("select e.position from OutboxEvent e where e.publishedAt is null"
                        + " and (e.claimedUntil is null or e.claimedUntil < :now) order by e.position", Long.class)
                .setParameter("now", now).setMaxResults(max).getResultList();
        if (waiting.isEmpty()) {
            return List.of();
        }
        String token = UUID.randomUUID().toString();
        Queries.update(em, "update OutboxEvent e set e.claimedUntil = :until, e.claimToken = :token"
                + " where e.position in :positions and e.publishedAt is null"
                + " and (e.claimedUntil is null or e.claimedUntil < :now)", Map.of("until", now.plus(claim),
                "token", token, "positions", waiting, "now", now)).executeUpdate();
        return Queries.create(em, "select e from OutboxEvent e where e.position in :positions and e.claimToken = :token"
                + " order by e.position", OutboxEvent.class, Map.of("positions", waiting, "token", token)).getResultList();
    }

    /** Marks the sent events published. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void published(List<Long> positions) {
        Instant now = time.now();
        Queries.update(em, "update OutboxEvent e set e.publishedAt = :now, e.claimedUntil = null, e.claimToken = null"
                + " where e.position in :positions", Map.of("now", now, "positions", positions)).executeUpdate();
    }

    /** Sends a batch in one broker transaction: all of it is on the topic, or none. */
    private void send(List<OutboxEvent> batch) {
        try (JMSContext jms = broker.connectionFactory().createContext(JMSContext.SESSION_TRANSACTED)) {
            Topic topic = jms.createTopic(EventBroker.TOPIC);
            JMSProducer producer = jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT);
            for (OutboxEvent event : batch) {
                producer.send(topic, message(jms, event));
            }
            jms.commit();
        } finally {
            EventBroker.releaseThread();
        }
    }

    private static TextMessage message(JMSContext jms, OutboxEvent event) {
        TextMessage message = jms.createTextMessage(event.payload());
        try {
            message.setJMSType(event.eventType());
            message.setStringProperty("eventId", event.eventId());
            message.setStringProperty("eventType", event.eventType());
            message.setIntProperty("eventVersion", event.eventVersion());
            message.setStringProperty("aggregateType", event.aggregateType());
            message.setStringProperty("aggregateReference", event.aggregateReference());
            message.setLongProperty("aggregateVersion", event.aggregateVersion());
        } catch (JMSException e) {
            throw new IllegalStateException("event " + event.eventId() + " cannot be put in a message", e);
        }
        return message;
    }
}
