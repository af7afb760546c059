package com.servicedesk.demo;

import com.servicedesk.shared.TimeSource;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The bank's clock on a demo or test server, in place of the production {@link TimeSource} (a
 * CDI alternative, so it exists only where this module is deployed). Tests move it forward instead
 * of waiting for a deadline; the demo data give their invented cases a believable past by running
 * each step of a case's history at the moment it is said to have happened, on the seeding thread
 * alone.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class AdjustableTimeSource extends TimeSource {

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
    private final ThreadLocal<Instant> pinned = new ThreadLocal<>();

    @Override
    public Instant now() {
        Instant at = pinned.get();
        return at != null ? at : Instant.now().plus(offset.get());
    }

    @Override
    public Clock clock() {
        Instant at = pinned.get();
        return at != null ? Clock.fixed(at, BANK_ZONE) : Clock.offset(Clock.system(BANK_ZONE), offset.get());
    }

    /** Moves the clock of every thread by the given amount from real time. */
    public void setOffset(Duration newOffset) {
        offset.set(newOffset);
    }

    public Duration offset() {
        return offset.get();
    }

    /** Runs {@code work} on this thread as if it were {@code at}; other threads keep the real time. */
    public <T> T at(Instant at, Supplier<T> work) {
        Instant before = pinned.get();
        pinned.set(at);
        try {
            return work.get();
        } finally {
            if (before == null) {
                pinned.remove();
            } else {
                pinned.set(before);
            }
        }
    }
}
