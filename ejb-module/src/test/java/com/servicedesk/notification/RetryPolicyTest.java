package com.servicedesk.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final RetryPolicy RETRIES = new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofDays(2));
    private static final Instant WRITTEN = Instant.parse("2026-12-02T02:00:00Z");

    @Test
    void theWaitDoublesFromTheFirstUpToTheLongest() {
        assertEquals(Duration.ofSeconds(30), RETRIES.delay(1));
        assertEquals(Duration.ofSeconds(60), RETRIES.delay(2));
        assertEquals(Duration.ofSeconds(120), RETRIES.delay(3));
        assertEquals(Duration.ofMinutes(32), RETRIES.delay(7));
        assertEquals(Duration.ofHours(1), RETRIES.delay(8));
        assertEquals(Duration.ofHours(1), RETRIES.delay(10_000), "no overflow however long it fails");
    }

    @Test
    void itGivesUpOnlyOnceTheNextAttemptWouldFallAfterThePeriod() {
        assertFalse(RETRIES.givesUp(WRITTEN, WRITTEN.plus(Duration.ofDays(2))));
        assertTrue(RETRIES.givesUp(WRITTEN, WRITTEN.plus(Duration.ofDays(2)).plusSeconds(1)));
    }

    @Test
    void aFailedAttemptIsRetriedAfterTheBackOffThenGivenUp() {
        Notification n = new Notification("Complaint", 1, 2L, NotificationChannel.EMAIL, "enc", "s", "b", WRITTEN);
        n.attemptFailed("relay down", WRITTEN, RETRIES);
        assertEquals(NotificationStatus.PENDING, n.status());
        assertEquals(WRITTEN.plusSeconds(30), n.nextAttemptAt());
        assertEquals(1, n.attempts());
        n.attemptFailed("relay down", WRITTEN.plus(Duration.ofDays(2)), RETRIES);
        assertEquals(NotificationStatus.FAILED, n.status());
        assertEquals("relay down", n.lastError());
        n.delivered(WRITTEN, "system");
        assertEquals(3, n.attempts());
    }

    @Test
    void aPolicyThatCouldNeverWaitIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(Duration.ZERO, Duration.ofHours(1), Duration.ofDays(1)));
        assertThrows(IllegalArgumentException.class,
                () -> new RetryPolicy(Duration.ofHours(2), Duration.ofHours(1), Duration.ofDays(1)));
    }
}
