package com.servicedesk.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The canonical byte form of audit records and its SHA-256. Every field is written as its length
 * and its text, so that no two different records can produce the same input by moving a separator.
 */
public final class AuditHashing {

    /** The predecessor of the first entry of every chain and of the first anchor. */
    public static final String GENESIS = "0".repeat(64);

    private AuditHashing() {
    }

    /** Audit times are kept to the microsecond, the precision both databases store. */
    public static Instant truncate(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    public static String hash(Object... fields) {
        StringBuilder canonical = new StringBuilder(256);
        for (Object field : fields) {
            String text = field == null ? "\u2400" : field.toString();
            canonical.append(text.length()).append('#').append(text).append('|');
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
