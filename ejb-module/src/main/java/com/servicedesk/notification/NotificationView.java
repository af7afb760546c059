package com.servicedesk.notification;

import java.time.Instant;

/** A notification as a case lists it: never its address, only the channel and how delivery went. */
public record NotificationView(long id, Long letterId, NotificationChannel channel, NotificationStatus status, int attempts,
                               Instant createdAt, Instant nextAttemptAt, Instant sentAt, String sentBy, String lastError) implements java.io.Serializable {

    static NotificationView of(Notification n) {
        return new NotificationView(n.id(), n.letterId(), n.channel(), n.status(), n.attempts(), n.createdAt(),
                n.status() == NotificationStatus.PENDING ? n.nextAttemptAt() : null, n.sentAt(), n.sentBy(), n.lastError());
    }
}
