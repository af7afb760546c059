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

    void told(ContactChannel channel, String by, Instant at, Instant dueAt, Instant windowEndsAt) {
        responseChannel = channel;
        respondedAt = at;
        respondedBy = by;
        if (decidedWithinLimit == null) {
            decidedWithinLimit = at.isBefore(dueAt);
        }
        reviewWindowEndsAt = windowEndsAt;
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
}
