package com.servicedesk.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RecipientTest {

    private static final String MAIL = "li.ming@example.com";
    private static final String MOBILE = "13800001234";

    @Test
    void thePreferredChannelWinsWhereItsAddressIsKnown() {
        assertEquals(NotificationChannel.SMS, Recipient.choose("李明", NotificationChannel.SMS, MAIL, MOBILE).channel());
        assertEquals(NotificationChannel.EMAIL, Recipient.choose("李明", NotificationChannel.EMAIL, MAIL, MOBILE).channel());
        assertEquals(NotificationChannel.LETTER, Recipient.choose("李明", NotificationChannel.LETTER, MAIL, MOBILE).channel());
    }

    @Test
    void withoutAPreferenceEmailThenSmsThenThePost() {
        assertEquals(new Recipient("李明", NotificationChannel.EMAIL, MAIL), Recipient.choose("李明", null, MAIL, MOBILE));
        assertEquals(new Recipient("李明", NotificationChannel.SMS, MOBILE), Recipient.choose("李明", null, null, MOBILE));
        assertEquals(new Recipient("李明", NotificationChannel.LETTER, null), Recipient.choose("李明", null, null, null));
        assertEquals(NotificationChannel.EMAIL, Recipient.choose("李明", NotificationChannel.SMS, MAIL, null).channel(),
                "SMS preferred but no mobile: e-mail");
    }

    @Test
    void anElectronicChannelNeedsAnAddress() {
        assertThrows(IllegalArgumentException.class, () -> new Recipient("李明", NotificationChannel.SMS, " "));
    }
}
