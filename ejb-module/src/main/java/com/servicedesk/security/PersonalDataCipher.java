package com.servicedesk.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts personal data at rest with AES-256-GCM and computes blind indexes for exact lookups,
 * with the keys {@link PersonalDataKeySource} gives. Each ciphertext names the key it was made with
 * and is bound to its column, so it cannot be moved to another field.
 */
@ApplicationScoped
public class PersonalDataCipher {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private PersonalDataKeySource source;

    /** Set only for a cipher made outside the server, by a tool with keys of its own. */
    private PersonalDataKeys fixed;

    /** A cipher with given keys, for tools outside the server (the benchmark's bulk loader, tests). */
    public static PersonalDataCipher with(PersonalDataKeys keys) {
        PersonalDataCipher cipher = new PersonalDataCipher();
        cipher.fixed = keys;
        return cipher;
    }

    private PersonalDataKeys keys() {
        return fixed != null ? fixed : source.keys();
    }

    public String currentKeyId() {
        return keys().currentId();
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
            PersonalDataKeys keys = keys();
            cipher.init(Cipher.ENCRYPT_MODE, keys.current(), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(column.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(clear.getBytes(StandardCharsets.UTF_8));
            byte[] out = Arrays.copyOf(iv, IV_BYTES + sealed.length);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return keys.currentId() + ":" + Base64.getEncoder().encodeToString(out);
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
        SecretKeySpec key = colon < 0 ? null : keys().byId(stored.substring(0, colon));
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
        return stored != null && !stored.startsWith(keys().currentId() + ":");
    }

    /** A keyed hash for exact-match search, so that the clear value need not be stored or scanned. */
    public String blindIndex(String normalized) {
        if (normalized == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(keys().indexKey());
            return HexFormat.of().formatHex(mac.doFinal(normalized.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
