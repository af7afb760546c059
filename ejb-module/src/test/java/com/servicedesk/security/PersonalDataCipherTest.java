package com.servicedesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class PersonalDataCipherTest {

    private static final String KEY_1 = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String KEY_2 = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

    private static PersonalDataCipher cipher(String current, String previous) {
        return PersonalDataCipher.with(PersonalDataKeys.of(current, previous));
    }

    @Test
    void encryptsWithAFreshNonceAndDecryptsBack() {
        PersonalDataCipher cipher = cipher(KEY_1, "");
        String a = cipher.encrypt("customer.id_number", "110101199003071234");
        String b = cipher.encrypt("customer.id_number", "110101199003071234");
        assertNotEquals(a, b, "the same value never encrypts the same way twice");
        assertFalse(a.contains("110101199003071234"));
        assertTrue(a.startsWith(cipher.currentKeyId() + ":"));
        assertEquals("110101199003071234", cipher.decrypt("customer.id_number", a));
        assertNull(cipher.encrypt("customer.phone", null));
        assertNull(cipher.decrypt("customer.phone", null));
    }

    @Test
    void aCiphertextMovedToAnotherColumnOrAlteredFailsItsIntegrityCheck() {
        PersonalDataCipher cipher = cipher(KEY_1, "");
        String stored = cipher.encrypt("customer.id_number", "110101199003071234");
        assertThrows(IllegalStateException.class, () -> cipher.decrypt("customer.phone", stored));
        char[] chars = stored.toCharArray();
        int i = chars.length - 5;
        chars[i] = chars[i] == 'A' ? 'B' : 'A';
        assertThrows(IllegalStateException.class, () -> cipher.decrypt("customer.id_number", new String(chars)));
    }

    @Test
    void afterRotationOldValuesStillDecryptAndAreMarkedForReEncryption() {
        String old = cipher(KEY_1, "").encrypt("customer.phone", "13812345678");
        PersonalDataCipher rotated = cipher(KEY_2, KEY_1);
        assertEquals("13812345678", rotated.decrypt("customer.phone", old));
        assertTrue(rotated.needsRotation(old));
        String fresh = rotated.encrypt("customer.phone", "13812345678");
        assertFalse(rotated.needsRotation(fresh));
        assertThrows(IllegalStateException.class, () -> cipher(KEY_2, "").decrypt("customer.phone", old),
                "a server without the old key cannot read old values");
    }

    @Test
    void blindIndexesAreStableKeyedAndRevealNothing() {
        PersonalDataCipher cipher = cipher(KEY_1, "");
        String index = cipher.blindIndex("13812345678");
        assertEquals(index, cipher.blindIndex("13812345678"));
        assertNotEquals(index, cipher.blindIndex("13812345679"));
        assertNotEquals(index, cipher(KEY_2, "").blindIndex("13812345678"), "another key, another index");
        assertTrue(index.matches("[0-9a-f]{64}"));
    }

    @Test
    void keysMustBe32BytesOfBase64() {
        assertThrows(IllegalStateException.class, () -> cipher("not base64!", ""));
        assertThrows(IllegalStateException.class, () -> cipher(Base64.getEncoder().encodeToString(new byte[16]), ""));
    }
}
