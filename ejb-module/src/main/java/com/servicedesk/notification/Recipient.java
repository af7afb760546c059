package com.servicedesk.notification;

import java.util.Objects;

/** Whom a letter goes to, by which channel and at which address (none for the post: the branch posts it). */
public record Recipient(String name, NotificationChannel channel, String address) {

    public Recipient {
        Objects.requireNonNull(channel);
        if (channel != NotificationChannel.LETTER && (address == null || address.isBlank())) {
            throw new IllegalArgumentException(channel + " needs an address");
        }
    }

    /**
     * The channel a customer is told by: the one they prefer where they left the address for it, else
     * e-mail, else SMS to a mobile number, else the post.
     */
    public static Recipient choose(String name, NotificationChannel preferred, String email, String mobile) {
        if (preferred == NotificationChannel.LETTER) {
            return new Recipient(name, NotificationChannel.LETTER, null);
        }
        if (preferred == NotificationChannel.SMS && mobile != null) {
            return new Recipient(name, NotificationChannel.SMS, mobile);
        }
        if (email != null) {
            return new Recipient(name, NotificationChannel.EMAIL, email);
        }
        if (mobile != null) {
            return new Recipient(name, NotificationChannel.SMS, mobile);
        }
        return new Recipient(name, NotificationChannel.LETTER, null);
    }
}
