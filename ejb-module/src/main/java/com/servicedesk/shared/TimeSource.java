package com.servicedesk.shared;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one place the application reads the time. Deadlines, escalations and audit entries all take
 * "now" from here, so that a test can move the bank's clock forward instead of waiting for it; the
 * clock can only be moved when the server was started with {@code servicedesk.clock.adjustable=true}.
 */
@ApplicationScoped
public class TimeSource {

    /** The bank keeps its books, deadlines and reports in China Standard Time. */
    public static final ZoneId BANK_ZONE = ZoneId.of("Asia/Shanghai");

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public Instant now() {
        return Instant.now().plus(offset.get());
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now(), BANK_ZONE);
    }

    public Clock clock() {
        return Clock.offset(Clock.system(BANK_ZONE), offset.get());
    }

    public boolean adjustable() {
        return Boolean.getBoolean("servicedesk.clock.adjustable");
    }

    /** Moves the clock by the given amount from real time; refused unless the server allows it. */
    public void setOffset(Duration newOffset) {
        if (!adjustable()) {
            throw new ForbiddenException("the clock of this server cannot be adjusted");
        }
        offset.set(newOffset);
    }

    public Duration offset() {
        return offset.get();
    }
}
