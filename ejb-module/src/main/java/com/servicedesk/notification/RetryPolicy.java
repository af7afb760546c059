package com.servicedesk.notification;

import java.time.Duration;
import java.time.Instant;

/**
 * How the outbox retries a delivery that failed: after {@code first}, doubling each time up to
 * {@code longest}, and no more once {@code giveUpAfter} has passed since the notification was written.
 */
public record RetryPolicy(Duration first, Duration longest, Duration giveUpAfter) {

    public RetryPolicy {
        if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0 || giveUpAfter.isNegative()) {
            throw new IllegalArgumentException("retries need 0 < first <= longest and a give-up period >= 0: " + first
                    + ", " + longest + ", " + giveUpAfter);
        }
    }

    /** The wait after the given number of failed attempts (1 for the first failure). */
    public Duration delay(int failedAttempts) {
        Duration delay = first;
        for (int i = 1; i < failedAttempts && delay.compareTo(longest) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(longest) > 0 ? longest : delay;
    }

    /** Whether a notification written at {@code createdAt} is given up rather than tried again at {@code next}. */
    public boolean givesUp(Instant createdAt, Instant next) {
        return next.isAfter(createdAt.plus(giveUpAfter));
    }
}
