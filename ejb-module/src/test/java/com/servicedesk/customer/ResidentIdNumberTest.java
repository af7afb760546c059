package com.servicedesk.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdNumberTest {

    @Test
    void theCheckCharacterFollowsIso7064Mod112() {
        // GB 11643-1999's worked example.
        assertEquals('X', ResidentIdNumber.checkCharacter("11010519491231002"));
        assertTrue(ResidentIdNumber.isValid("11010519491231002X"));
    }

    @Test
    void normalizingUppercasesTheCheckCharacterAndDropsSpaces() {
        assertEquals("11010519491231002X", ResidentIdNumber.normalize(" 110105 19491231 002x"));
        assertTrue(ResidentIdNumber.isValid(ResidentIdNumber.normalize("11010519491231002x")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"110105194912310021", "11010519491231002", "1101051949123100212", "110105194913310028",
        "11010518491231002X", "ABCDEFGHIJKLMNOPQR", ""})
    void rejectsWrongCheckCharactersLengthsAndDates(String candidate) {
        assertFalse(ResidentIdNumber.isValid(candidate));
    }
}
