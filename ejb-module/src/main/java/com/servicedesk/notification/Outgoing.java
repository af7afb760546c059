package com.servicedesk.notification;

/**
 * One message as a gateway sends it: the clear address (decrypted only for the send), the text, and
 * the letter's PDF when it goes by e-mail. {@code messageId} is the same on every attempt, so that a
 * message sent twice across a crash is one message to the receiving mail system.
 */
public record Outgoing(long notificationId, NotificationChannel channel, String recipientName, String address,
                       String subject, String body, String attachmentName, byte[] attachment, String messageId) {
}
