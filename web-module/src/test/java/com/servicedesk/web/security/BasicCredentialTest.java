package com.servicedesk.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BasicCredentialTest {

    private static String basic(String raw) {
        return "Basic " + Base64.getEncoder().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsUsernameAndPasswordWhichMayHoldColons() {
        UsernamePasswordCredential credential = RoutingAuthenticationMechanism.basicCredential(basic("agent:De:mo#2026"));
        assertEquals("agent", credential.getCaller());
        assertEquals("De:mo#2026", credential.getPasswordAsString());
        assertEquals("张伟", RoutingAuthenticationMechanism.basicCredential(basic("张伟:x")).getCaller());
    }

    @Test
    void malformedHeadersCarryNoCredential() {
        assertNull(RoutingAuthenticationMechanism.basicCredential(null));
        assertNull(RoutingAuthenticationMechanism.basicCredential("Bearer abc"));
        assertNull(RoutingAuthenticationMechanism.basicCredential("Basic %%%"));
        assertNull(RoutingAuthenticationMechanism.basicCredential(basic("no-colon")));
        assertNull(RoutingAuthenticationMechanism.basicCredential(basic(":password")));
    }
}
