package com.servicedesk.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(1_000);

    @Test
    void aHashVerifiesItsPasswordAndNoOther() {
        String hash = hasher.hash("Demo#2026");
        assertTrue(hasher.verify("Demo#2026", hash));
        assertFalse(hasher.verify("demo#2026", hash));
        assertFalse(hasher.verify("", hash));
    }

    @Test
    void theHashNamesItsAlgorithmAndWorkFactorAndIsSalted() {
        String first = hasher.hash("Demo#2026");
        String second = hasher.hash("Demo#2026");
        assertTrue(first.startsWith("pbkdf2-sha512:1000:"), first);
        assertNotEquals(first, second, "each hash has its own salt");
    }

    @Test
    void theProductionWorkFactorIs210000Iterations() {
        assertTrue(new PasswordHasher().hash("x").startsWith("pbkdf2-sha512:210000:"));
    }

    @Test
    void malformedStoredHashesNeverMatch() {
        assertFalse(hasher.verify("x", null));
        assertFalse(hasher.verify("x", "plain-text"));
        assertFalse(hasher.verify("x", "pbkdf2-sha512:notanumber:AAAA:AAAA"));
        assertFalse(hasher.verify("x", "md5:1:AAAA:AAAA"));
        assertFalse(hasher.verify("x", "pbkdf2-sha512:1000:%%%:AAAA"));
    }

    @Test
    void theDecoyHashIsWellFormedButMatchesNothing() {
        String decoy = PasswordHasher.decoyHash();
        assertTrue(decoy.startsWith("pbkdf2-sha512:210000:"));
        assertFalse(new PasswordHasher().verify("Demo#2026", decoy));
    }
}
