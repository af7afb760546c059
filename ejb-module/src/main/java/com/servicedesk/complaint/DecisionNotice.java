package com.servicedesk.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/**
 * The decision as told to the customer: when, by whom and how; whether the first decision was told
 * within the legal limit; and until when the customer may ask for a review of it.
 */
@Embeddable
public class DecisionNotice {

    protected DecisionNotice() {
    }

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

    /** When the decision letter first reached the customer, from the delivery itself. */
    @Column(name = "notified_at")
    private Instant notifiedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "notified_channel", length = 8)
    private ContactChannel notifiedChannel;

    void told(ContactChannel channel, String by, Instant at, Instant dueAt, Instant windowEndsAt) {
        responseChannel = channel;
        respondedAt = at;
        respondedBy = by;
        if (decidedWithinLimit == null) {
            decidedWithinLimit = at.isBefore(dueAt);
        }
        reviewWindowEndsAt = windowEndsAt;
    }

    /**
     * The decision letter was delivered. The first delivery is when the customer was told in writing:
     * where the decision was to be told in writing (or no channel was recorded), it replaces what the
     * approval assumed, channel and "within the limit" alike. A decision told in person stays as told.
     */
    void delivered(ContactChannel channel, Instant at, Instant dueAt) {
        if (notifiedAt != null) {
            return;
        }
        notifiedAt = at;
        notifiedChannel = channel;
        if (responseChannel == null || responseChannel.isWritten()) {
            responseChannel = channel;
            decidedWithinLimit = at.isBefore(dueAt);
        }
    }

    void reviewWindowEndsAt(Instant endsAt) {
        reviewWindowEndsAt = endsAt;
    }

    boolean reviewWindowClosed(Instant now) {
        return reviewWindowEndsAt != null && !now.isBefore(reviewWindowEndsAt);
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

    public Instant notifiedAt() {
        return notifiedAt;
    }

    public ContactChannel notifiedChannel() {
        return notifiedChannel;
    }
}
