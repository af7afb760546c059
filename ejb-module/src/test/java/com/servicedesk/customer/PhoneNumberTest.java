package com.servicedesk.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PhoneNumberTest {

    @Test
    void acceptsMobilesAndLandlinesWithAreaCodes() {
        assertTrue(PhoneNumber.isValid("13812345678"));
        assertTrue(PhoneNumber.isValid("010-62345678"));
        assertTrue(PhoneNumber.isValid("057188001234"));
        assertFalse(PhoneNumber.isValid("12812345678"));
        assertFalse(PhoneNumber.isValid("1381234567"));
        assertFalse(PhoneNumber.isValid("hello"));
    }

    @Test
    void dropsTheCountryCodeAndSpaces() {
        assertEquals("13812345678", PhoneNumber.normalize("+86 138 1234 5678"));
        assertEquals("13812345678", PhoneNumber.normalize("0086 13812345678"));
    }
}
