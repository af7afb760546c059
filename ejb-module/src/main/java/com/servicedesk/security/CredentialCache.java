package com.servicedesk.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers successful password checks, so that an API client sending HTTP Basic on every call does
 * not pay 210,000 PBKDF2 iterations each time. An entry lives five minutes after its last use, and
 * never longer than an hour after the check: a client in steady use is not made to wait for a fresh
 * hash every five minutes (under load, every client of a user missed at the same moment and the
 * hashes took the processors), and a password is still checked again at least hourly. Entries are
 * keyed by the user and an HMAC of the password under a key made at boot and never stored: the cache
 * holds no password and nothing that could be attacked offline after a restart. A change of
 * password, role or status evicts the user's entries; failures are never cached.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CredentialCache {

    static final Duration TIME_TO_LIVE = Duration.ofMinutes(5);
    static final Duration MAX_AGE = Duration.ofHours(1);
    private static final int MAX_ENTRIES = 10_000;

    private record Entry(AuthenticatedStaff staff, Instant checked, Instant expires) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final SecretKeySpec bootKey;

    public CredentialCache() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        bootKey = new SecretKeySpec(key, "HmacSHA256");
    }

    public Optional<AuthenticatedStaff> lookup(String username, String password, Instant now) {
        String key = key(username, password);
        Entry entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (!now.isBefore(entry.expires())) {
            entries.remove(key, entry);
            return Optional.empty();
        }
        if (Duration.between(now, entry.expires()).compareTo(TIME_TO_LIVE.dividedBy(2)) < 0) {
            // extended only while nobody evicted it meanwhile: replace, not put
            entries.replace(key, entry, new Entry(entry.staff(), entry.checked(), expiry(entry.checked(), now)));
        }
        return Optional.of(entry.staff());
    }

    public void remember(String username, String password, AuthenticatedStaff staff, Instant now) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.values().removeIf(e -> !now.isBefore(e.expires()));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(key(username, password), new Entry(staff, now, expiry(now, now)));
    }

    private static Instant expiry(Instant checked, Instant used) {
        Instant idle = used.plus(TIME_TO_LIVE);
        Instant oldest = checked.plus(MAX_AGE);
        return idle.isBefore(oldest) ? idle : oldest;
    }

    /** Forgets every remembered login of the user; call on any change to password, role or status. */
    public void evict(String username) {
        String prefix = username + '\u0000';
        entries.keySet().removeIf(k -> k.startsWith(prefix));
    }

    private String key(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(bootKey);
            byte[] digest = mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
            return username + '\u0000' + Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
