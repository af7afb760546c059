package com.servicedesk.notification;

/** Waiting to be delivered (or posted), delivered, or given up on after the retry period. */
public enum NotificationStatus {
    PENDING, SENT, FAILED
}
