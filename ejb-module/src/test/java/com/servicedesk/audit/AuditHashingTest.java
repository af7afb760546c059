package com.servicedesk.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditHashingTest {

    private static final Instant AT = Instant.parse("2026-11-28T08:15:30.123456789Z");

    private static AuditEntry entry(long seq, String prev, String detail) {
        return new AuditEntry("Customer:7", seq, AT, "agent",
                new AuditEvent("Customer", "7", "REGISTER", null, "{\"name\":\"张三\"}", detail), prev);
    }

    @Test
    void anEntryHashesAllItsFieldsAndItsPredecessor() {
        AuditEntry first = entry(1, AuditHashing.GENESIS, null);
        assertTrue(first.entryHash().matches("[0-9a-f]{64}"));
        assertEquals(first.entryHash(), first.computeHash());
        assertNotEquals(first.entryHash(), entry(1, AuditHashing.GENESIS, "x").entryHash());
        assertNotEquals(first.entryHash(), entry(2, AuditHashing.GENESIS, null).entryHash());
        assertNotEquals(first.entryHash(), entry(1, "1".repeat(64), null).entryHash());
    }

    @Test
    void timesAreKeptToTheMicrosecondTheDatabasesStore() {
        AuditEntry entry = entry(1, AuditHashing.GENESIS, null);
        assertEquals(Instant.parse("2026-11-28T08:15:30.123456Z"), entry.occurredAt());
        assertEquals(entry.entryHash(), AuditEntry.hashOf("Customer:7", 1, Instant.parse("2026-11-28T08:15:30.123456Z"),
                "agent", "REGISTER", "Customer", "7", null, "{\"name\":\"张三\"}", null, AuditHashing.GENESIS));
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        assertNotEquals(AuditHashing.hash("ab", "c"), AuditHashing.hash("a", "bc"));
        assertNotEquals(AuditHashing.hash("a|", "b"), AuditHashing.hash("a", "|b"));
        assertNotEquals(AuditHashing.hash((Object) null), AuditHashing.hash(""));
    }

    @Test
    void anAnchorDigestDoesNotDependOnTheOrderHeadsAreRead() {
        List<String> heads = List.of(AuditAnchorHead.line("Customer:1", 3, "a".repeat(64)),
                AuditAnchorHead.line("Customer:2", 1, "b".repeat(64)));
        assertEquals(AuditSealer.digest(heads), AuditSealer.digest(List.of(heads.get(1), heads.get(0))));
        assertNotEquals(AuditSealer.digest(heads), AuditSealer.digest(heads.subList(0, 1)));
    }
}
