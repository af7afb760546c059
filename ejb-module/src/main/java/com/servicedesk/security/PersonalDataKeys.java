package com.servicedesk.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys personal data is encrypted with: the current one, which encrypts and keys the blind
 * indexes, and older ones that still decrypt until a rotation has re-encrypted everything. Each key
 * is known by an id derived from it, which every ciphertext names. Immutable.
 */
public final class PersonalDataKeys {

    private final Map<String, SecretKeySpec> byId;
    private final String currentId;
    private final SecretKeySpec indexKey;

    private PersonalDataKeys(Map<String, SecretKeySpec> byId, String currentId) {
        this.byId = Map.copyOf(byId);
        this.currentId = currentId;
        this.indexKey = new SecretKeySpec(hmac(byId.get(currentId), "servicedesk-blind-index-v1"), "HmacSHA256");
    }

    /** The current key and the older keys that still decrypt (comma-separated), each 32 bytes in Base64. */
    public static PersonalDataKeys of(String currentKey, String previousKeys) {
        Map<String, SecretKeySpec> byId = new LinkedHashMap<>();
        for (String old : (previousKeys == null ? "" : previousKeys).split(",")) {
            if (!old.isBlank()) {
                add(byId, old.trim());
            }
        }
        return new PersonalDataKeys(byId, add(byId, currentKey.trim()));
    }

    private static String add(Map<String, SecretKeySpec> byId, String base64) {
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
        byId.put(id, new SecretKeySpec(raw, "AES"));
        return id;
    }

    public String currentId() {
        return currentId;
    }

    SecretKeySpec current() {
        return byId.get(currentId);
    }

    /** The key a ciphertext names, or null when this server does not have it. */
    SecretKeySpec byId(String id) {
        return byId.get(id);
    }

    SecretKeySpec indexKey() {
        return indexKey;
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
}
