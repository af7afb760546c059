package com.servicedesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.servicedesk.shared.Role;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CredentialCacheTest {

    private final CredentialCache cache = new CredentialCache();
    private final AuthenticatedStaff agent = new AuthenticatedStaff("agent", Role.AGENT);
    private final Instant now = Instant.parse("2026-11-28T08:00:00Z");

    @Test
    void remembersASuccessfulCheckForTheSamePasswordOnly() {
        cache.remember("agent", "Demo#2026", agent, now);
        assertEquals(Optional.of(agent), cache.lookup("agent", "Demo#2026", now.plusSeconds(60)));
        assertTrue(cache.lookup("agent", "Demo#2027", now).isEmpty());
        assertTrue(cache.lookup("agent2", "Demo#2026", now).isEmpty());
    }

    @Test
    void forgetsAfterItsTimeToLive() {
        cache.remember("agent", "Demo#2026", agent, now);
        assertTrue(cache.lookup("agent", "Demo#2026", now.plus(CredentialCache.TIME_TO_LIVE)).isEmpty());
    }

    @Test
    void useKeepsAnEntryButAtMostAnHourAfterThePasswordWasChecked() {
        cache.remember("agent", "Demo#2026", agent, now);
        Instant used = now;
        while (used.isBefore(now.plus(CredentialCache.MAX_AGE).minusSeconds(120))) {
            used = used.plusSeconds(120);
            assertEquals(Optional.of(agent), cache.lookup("agent", "Demo#2026", used), "in use at " + used);
        }
        assertTrue(cache.lookup("agent", "Demo#2026", now.plus(CredentialCache.MAX_AGE)).isEmpty(),
                "checked again an hour after the password was");
    }

    @Test
    void evictionForgetsEveryEntryOfTheUserOnly() {
        cache.remember("agent", "Demo#2026", agent, now);
        cache.remember("agent2", "Demo#2026", new AuthenticatedStaff("agent2", Role.AGENT), now);
        cache.evict("agent");
        assertTrue(cache.lookup("agent", "Demo#2026", now).isEmpty());
        assertTrue(cache.lookup("agent2", "Demo#2026", now).isPresent());
    }
}
