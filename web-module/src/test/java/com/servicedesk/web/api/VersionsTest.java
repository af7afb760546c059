package com.servicedesk.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class VersionsTest {

    @Test
    void readsStrongAndWeakTagsAndTreatsTheRestAsNeverMatching() {
        assertEquals(3L, Versions.expected("\"3\""));
        assertEquals(3L, Versions.expected("W/\"3\""));
        assertEquals(12L, Versions.expected(" 12 "));
        assertEquals(-1L, Versions.expected("\"abc\""));
        assertNull(Versions.expected(null));
        assertNull(Versions.expected("*"));
    }
}
