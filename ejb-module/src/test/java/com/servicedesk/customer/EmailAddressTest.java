package com.servicedesk.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class EmailAddressTest {

    @ParameterizedTest
    @CsvSource({
        "li.ming@example.com, true",
        "Li.Ming+bank@Mail.Example.CN, true",
        "li.ming@example, false",
        "li ming@example.com, false",
        "@example.com, false",
        "li.ming@@example.com, false",
        "li.ming, false",
    })
    void aMailboxOneAtAndADomainWithADot(String raw, boolean valid) {
        assertEquals(valid, EmailAddress.isValid(EmailAddress.normalize(raw)));
    }

    @Test
    void theDomainIsLowerCasedTheMailboxKept() {
        assertEquals("Li.Ming@mail.example.cn", EmailAddress.normalize("  Li.Ming@Mail.Example.CN "));
        assertNull(EmailAddress.normalize("   "));
    }
}
