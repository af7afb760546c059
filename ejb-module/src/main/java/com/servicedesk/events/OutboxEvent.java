package com.servicedesk.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A domain event waiting in the outbox, or published ({@code publishedAt}). */
@Entity
@Table(name = "domain_event")
public class OutboxEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long position;

    @Column(name = "event_id", nullable = false, length = 36, updatable = false)
    private String eventId;

    @Column(name = "event_type", nullable = false, length = 48, updatable = false)
    private String eventType;

    @Column(name = "event_version", nullable = false, updatable = false)
    private int eventVersion;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "aggregate_type", nullable = false, length = 32, updatable = false)
    private String aggregateType;

    @Column(name = "aggregate_id", nullable = false, updatable = false)
    private long aggregateId;

    @Column(name = "aggregate_reference", nullable = false, length = 40, updatable = false)
    private String aggregateReference;

    @Column(name = "aggregate_version", nullable = false, updatable = false)
    private long aggregateVersion;

    @Column(nullable = false, length = 4000, updatable = false)
    private String payload;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    /** The claiming publisher's token, while its claim lasts. */
    @Column(name = "claim_token", length = 36)
    private String claimToken;

    protected OutboxEvent() {
    }

    OutboxEvent(DomainEvent event) {
        eventId = event.id();
        eventType = event.type().wireName();
        eventVersion = event.version();
        occurredAt = event.occurredAt();
        aggregateType = event.aggregateType();
        aggregateId = event.aggregateId();
        aggregateReference = event.aggregateReference();
        aggregateVersion = event.aggregateVersion();
        payload = event.json();
    }

    public long position() {
        return position;
    }

    public String eventId() {
        return eventId;
    }

    public String eventType() {
        return eventType;
    }

    public int eventVersion() {
        return eventVersion;
    }

    public String aggregateType() {
        return aggregateType;
    }

    public String aggregateReference() {
        return aggregateReference;
    }

    public long aggregateVersion() {
        return aggregateVersion;
    }

    public String payload() {
        return payload;
    }
}
