package com.servicedesk.events;

import com.servicedesk.shared.TimeSource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;

/**
 * Writes a domain event to the outbox in the transaction of the change it tells of: committed with the
 * change, or not at all. {@link EventPublisher} puts it on the topic afterwards.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class DomainEvents {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TimeSource time;

    /** The aggregate's version must be the one the change gave it: flush the change before. */
    public DomainEvent record(DomainEventType type, String aggregateType, long aggregateId, String reference,
                              long aggregateVersion, JsonObject data) {
        DomainEvent event = new DomainEvent(UUID.randomUUID().toString(), type, DomainEventType.VERSION, time.now(),
                aggregateType, aggregateId, reference, aggregateVersion, data);
        em.persist(new OutboxEvent(event));
        return event;
    }
}
