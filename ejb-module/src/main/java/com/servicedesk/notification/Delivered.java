package com.servicedesk.notification;

import java.time.Instant;

/**
 * A notification reached the customer (or its letter was posted): fired in the transaction that
 * records the delivery, so that the case records how and when the customer was told from the fact.
 */
public record Delivered(String caseType, long caseId, long notificationId, LetterKind letterKind, String letterNumber,
                        NotificationChannel channel, Instant at) {
}
