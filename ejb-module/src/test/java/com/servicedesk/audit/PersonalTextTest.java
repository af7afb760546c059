package com.servicedesk.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Personal text kept out of audit entries: sealed by a keyed digest, put back while kept, erased after. */
class PersonalTextTest {

    private static final AuditEvent CUSTOMER = AuditEvent.of("Customer", 7, "REGISTER")
            .withStates(null, "{\"name\":\"王芳\",\"idNumber\":\"110***********4514\",\"branchCode\":\"BJ01\"}");

    @Test
    void personalFieldsLeaveTheEntryAndComeBackWhileKept() {
        PersonalText.Sealed sealed = PersonalText.seal(CUSTOMER);
        assertTrue(sealed.hasValues());
        assertFalse(sealed.event().after().contains("王芳"), sealed.event().after());
        assertFalse(sealed.event().after().contains("4514"));
        assertTrue(sealed.event().after().contains("\"branchCode\":\"BJ01\""), "codes stay in the entry");
        assertEquals(Map.of("after.name", "王芳", "after.idNumber", "110***********4514"), sealed.values());
        assertEquals(CUSTOMER.after(), PersonalText.unseal(sealed.event().after(), "after", sealed.values()));
    }

    @Test
    void afterErasureTheEntryReadsErasedAndItsHashIsUnchanged() {
        PersonalText.Sealed sealed = PersonalText.seal(CUSTOMER);
        AuditEntry entry = new AuditEntry("Customer:7", 1, Instant.parse("2026-12-07T01:00:00Z"), "agent", sealed.event(),
                AuditHashing.GENESIS);
        String hash = entry.computeHash();
        String erased = PersonalText.unseal(entry.afterState(), "after", Map.of());
        assertTrue(erased.contains(PersonalText.ERASED) && !erased.contains("王芳"), erased);
        assertEquals(hash, entry.computeHash(), "nothing in the entry changes when its text goes");
    }

    @Test
    void aChangedTextNoLongerMatchesItsDigestAndSaltsDiffer() {
        PersonalText.Sealed sealed = PersonalText.seal(CUSTOMER);
        AuditEntry entry = new AuditEntry("Customer:7", 1, Instant.now(), "agent", sealed.event(), AuditHashing.GENESIS);
        assertTrue(PersonalText.matches(entry, new AuditPersonalData("Customer:7", 1, sealed.salt(), PersonalText.json(sealed.values()))));
        assertFalse(PersonalText.matches(entry, new AuditPersonalData("Customer:7", 1, sealed.salt(),
                PersonalText.json(Map.of("after.name", "李四", "after.idNumber", "110***********4514")))));
        assertNotEquals(sealed.event().after(), PersonalText.seal(CUSTOMER).event().after(), "a fresh salt each time");
    }

    @Test
    void anEntryWithoutPersonalFieldsIsLeftAsItIs() {
        AuditEvent codes = AuditEvent.of("Complaint", 1, "REGISTER").withStates(null, "{\"status\":\"RECEIVED\",\"branchCode\":\"BJ01\"}");
        PersonalText.Sealed sealed = PersonalText.seal(codes);
        assertFalse(sealed.hasValues());
        assertSame(codes, sealed.event());
    }
}
