package com.servicedesk.notification;

/** How a customer is told: by e-mail with the letter attached, by SMS, or by the letter in the post. */
public enum NotificationChannel {
    EMAIL, SMS, LETTER
}
