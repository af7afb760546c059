package com.servicedesk.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Encrypts personal data at rest with AES-256-GCM and computes blind indexes for exact lookups.
 *
 * <p>The key lives outside the database and the repository: {@code servicedesk.pii.key} (system
 * property) or {@code SERVICEDESK_PII_KEY} (environment), 32 bytes in Base64. Older keys named in
 * {@code servicedesk.pii.previous-keys} still decrypt, which is how a key is rotated. Only in demo
 * mode, with no key given, is one generated and kept in the data directory. Each ciphertext names
 * the key it was made with and is bound to its column, so it cannot be moved to another field.
 */
@ApplicationScoped
public class PersonalDataCipher {

    private static final Logger LOG = Logger.getLogger(PersonalDataCipher.class.getName());
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, SecretKeySpec> keysById = new LinkedHashMap<>();
    private String currentKeyId;
    private SecretKeySpec indexKey;

    @PostConstruct
    void loadKeys() {
        Config config = ConfigProvider.getConfig();
        String current = config.getOptionalValue("servicedesk.pii.key", String.class)
                .or(() -> demoKey(config))
                .orElseThrow(() -> new IllegalStateException(
                        "No key for personal data: set SERVICEDESK_PII_KEY (32 random bytes, Base64), "
                                + "or start in demo mode"));
        configure(current, config.getOptionalValue("servicedesk.pii.previous-keys", String.class).orElse(""));
    }

    /**
     * Sets the current key and the older keys that still decrypt (comma-separated, Base64). Called at
     * start-up from the configuration; the test server may also call it to rehearse a rotation.
     */
    public void configure(String currentKey, String previousKeys) {
        keysById.clear();
        for (String old : previousKeys.split(",")) {
            if (!old.isBlank()) {
                addKey(old.trim());
            }
        }
        currentKeyId = addKey(currentKey.trim());
        indexKey = new SecretKeySpec(hmac(keysById.get(currentKeyId), "servicedesk-blind-index-v1"), "HmacSHA256");
    }

    private String addKey(String base64) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("A personal-data key is not valid Base64", e);
        }
        if (raw.length != 32) {
            throw new IllegalStateException("A personal-data key must be 32 bytes, not " + raw.length);
        }
        String id = keyId(raw);
        keysById.put(id, new SecretKeySpec(raw, "AES"));
        return id;
    }

    public String currentKeyId() {
        return currentKeyId;
    }

    /** Encrypts a value for the given column; {@code null} stays {@code null}. */
    public String encrypt(String column, String clear) {
        if (clear == null) {
            return null;
        }
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keysById.get(currentKeyId), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(column.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(clear.getBytes(StandardCharsets.UTF_8));
            byte[] out = Arrays.copyOf(iv, IV_BYTES + sealed.length);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return currentKeyId + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    /** Decrypts a value of the given column, with whichever known key made it. */
    public String decrypt(String column, String stored) {
        if (stored == null) {
            return null;
        }
        int colon = stored.indexOf(':');
        SecretKeySpec key = colon < 0 ? null : keysById.get(stored.substring(0, colon));
        if (key == null) {
            throw new IllegalStateException("personal data was encrypted with a key this server does not have");
        }
        byte[] in = Base64.getDecoder().decode(stored.substring(colon + 1));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            cipher.updateAAD(column.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("personal data failed its integrity check", e);
        }
    }

    /** Whether a stored value was made with an older key and should be re-encrypted. */
    public boolean needsRotation(String stored) {
        return stored != null && !stored.startsWith(currentKeyId + ":");
    }

    /** A keyed hash for exact-match search, so that the clear value need not be stored or scanned. */
    public String blindIndex(String normalized) {
        if (normalized == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(indexKey);
            return HexFormat.of().formatHex(mac.doFinal(normalized.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static byte[] hmac(SecretKeySpec key, String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            return mac.doFinal(label.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static String keyId(byte[] raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw), 0, 4);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** Demo mode only: a key generated once and kept beside the demo database. */
    private static Optional<String> demoKey(Config config) {
        if (!config.getOptionalValue("servicedesk.demo", Boolean.class).orElse(false)) {
            return Optional.empty();
        }
        Path dir = Path.of(config.getOptionalValue("servicedesk.data.dir", String.class)
                .orElseGet(() -> System.getProperty("jboss.server.data.dir", ".")));
        Path file = dir.resolve("servicedesk-pii.key");
        try {
            if (!Files.exists(file)) {
                byte[] raw = new byte[32];
                RANDOM.nextBytes(raw);
                Files.createDirectories(dir);
                Files.writeString(file, Base64.getEncoder().encodeToString(raw));
                LOG.warning("Demo mode: generated a personal-data key in " + file + "; never do this in production");
            }
            return Optional.of(Files.readString(file).trim());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read or write the demo key " + file, e);
        }
    }
}
