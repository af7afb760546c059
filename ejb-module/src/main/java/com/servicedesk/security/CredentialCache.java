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
 * Remembers successful password checks for a few minutes, so that an API client sending HTTP Basic
 * on every call does not pay 210,000 PBKDF2 iterations each time. Entries are keyed by the user and
 * an HMAC of the password under a key made at boot and never stored: the cache holds no password
 * and nothing that could be attacked offline after a restart. A change of password, role or
 * status evicts the user's entries; failures are never cached.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CredentialCache {

    static final Duration TIME_TO_LIVE = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES = 10_000;

    private record Entry(AuthenticatedStaff staff, Instant expires) {
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
        return Optional.of(entry.staff());
    }

    public void remember(String username, String password, AuthenticatedStaff staff, Instant now) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.values().removeIf(e -> !now.isBefore(e.expires()));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(key(username, password), new Entry(staff, now.plus(TIME_TO_LIVE)));
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
