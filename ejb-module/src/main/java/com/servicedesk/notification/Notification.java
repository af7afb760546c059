package com.servicedesk.notification;

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

/**
 * A message to a customer in the outbox: where it goes (the address encrypted), what it says, and how
 * its delivery went. Written in the transaction of the change it tells of; a sender claims it for a
 * while ({@code claimedUntil}) so that two never work on it at once, and a sender that dies leaves a
 * claim that simply runs out.
 */
@Entity
@Table(name = "notification")
public class Notification {

    public static final String RECIPIENT_COLUMN = "notification.recipient";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_type", nullable = false, length = 32, updatable = false)
    private String caseType;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "letter_id", updatable = false)
    private Long letterId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8, updatable = false)
    private NotificationChannel channel;

    @Column(name = "recipient_enc", length = 400, updatable = false)
    private String recipientEncrypted;

    @Column(nullable = false, length = 200, updatable = false)
    private String subject;

    @Column(nullable = false, length = 4000, updatable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private NotificationStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "sent_by", length = 64)
    private String sentBy;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Version
    @Column(name = "row_version", nullable = false)
    private long version;

    protected Notification() {
    }

    Notification(String caseType, long caseId, Long letterId, NotificationChannel channel, String recipientEncrypted,
                 String subject, String body, Instant createdAt) {
        this.caseType = caseType;
        this.caseId = caseId;
        this.letterId = letterId;
        this.channel = channel;
        this.recipientEncrypted = recipientEncrypted;
        this.subject = subject;
        this.body = body;
        this.status = NotificationStatus.PENDING;
        this.createdAt = createdAt;
        this.nextAttemptAt = createdAt;
    }

    /** Delivered (or, for a letter, posted) at {@code at}: the attempt that did it is counted. */
    void delivered(Instant at, String by) {
        status = NotificationStatus.SENT;
        attempts++;
        sentAt = at;
        sentBy = by;
        claimedUntil = null;
        lastError = null;
    }

    /** An attempt failed: the next one after the policy's back-off, or none once its time is up. */
    void attemptFailed(String error, Instant now, RetryPolicy retries) {
        attempts++;
        claimedUntil = null;
        lastError = error == null ? "unknown error" : error.length() > 1000 ? error.substring(0, 1000) : error;
        Instant next = now.plus(retries.delay(attempts));
        if (retries.givesUp(createdAt, next)) {
            status = NotificationStatus.FAILED;
        } else {
            nextAttemptAt = next;
        }
    }

    public Long id() {
        return id;
    }

    public String caseType() {
        return caseType;
    }

    public long caseId() {
        return caseId;
    }

    public Long letterId() {
        return letterId;
    }

    public NotificationChannel channel() {
        return channel;
    }

    String recipientEncrypted() {
        return recipientEncrypted;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public NotificationStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public String sentBy() {
        return sentBy;
    }

    public String lastError() {
        return lastError;
    }
}
