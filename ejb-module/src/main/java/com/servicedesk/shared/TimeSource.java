package com.servicedesk.shared;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The one place the application reads the time. Deadlines, escalations and audit entries all take
 * "now" from here. In production it is the system clock and nothing can move it; the test server
 * replaces the whole bean (a CDI alternative in the demo-data module, which the production EAR does
 * not contain) to move the clock instead of waiting for a deadline.
 */
@ApplicationScoped
public class TimeSource {

    /** The bank keeps its books, deadlines and reports in China Standard Time. */
    public static final ZoneId BANK_ZONE = ZoneId.of("Asia/Shanghai");

    public Instant now() {
        return Instant.now();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now(), BANK_ZONE);
    }

    public Clock clock() {
        return Clock.system(BANK_ZONE);
    }
}
