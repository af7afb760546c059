package com.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.servicedesk.audit.AuditTrail;
import com.servicedesk.security.PersonalDataCipher;
import com.servicedesk.security.PersonalDataKeySource;
import com.servicedesk.shared.TimeSource;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The product as a bank deploys it, servicedesk.ear: nothing of the demo data or the test kit in it,
 * no public way to move the clock, back-date an audit entry or swap the personal-data keys, and a
 * running server whose served API has no test path.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProductionEarIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.production();
    }

    @ArquillianResource
    private URL context;

    /** Every class in the EAR, its modules and their libraries included, as {@code module!/path}. */
    private static List<String> classes() throws IOException {
        List<String> all = new ArrayList<>();
        try (ZipFile ear = new ZipFile(Deployments.productionFile())) {
            for (ZipEntry entry : ear.stream().toList()) {
                if (entry.getName().matches(".*\\.(jar|war)")) {
                    try (InputStream in = ear.getInputStream(entry); ZipInputStream module = new ZipInputStream(in)) {
                        for (ZipEntry e = module.getNextEntry(); e != null; e = module.getNextEntry()) {
                            if (e.getName().endsWith(".class")) {
                                all.add(entry.getName() + "!/" + e.getName());
                            }
                        }
                    }
                }
            }
        }
        return all;
    }

    @Test
    void theProductionEarHoldsNoDemoDataAndNoTestKit() throws IOException {
        List<String> classes = classes();
        assertTrue(classes.stream().anyMatch(c -> c.endsWith("com/servicedesk/complaint/Complaint.class")),
                "the listing sees the domain: " + classes.size() + " classes");
        List<String> found = classes.stream().filter(c -> c.contains("com/servicedesk/")
                && (c.contains("/demo/") || c.contains("/testkit/") || c.matches(".*/Demo[A-Z]\\w*\\.class")
                || c.contains("TestSupport") || c.contains("Adjustable"))).toList();
        assertEquals(List.of(), found);
        try (ZipFile ear = new ZipFile(Deployments.productionFile())) {
            Set<String> modules = Set.copyOf(ear.stream().map(ZipEntry::getName).filter(n -> !n.contains("/")).toList());
            assertEquals(Set.of("ejb-module.jar", "web-module.war"), modules);
        }
    }

    @Test
    void nothingPublicMovesTheClockBackDatesAnAuditEntryOrSwapsTheKeys() {
        for (Method m : AuditTrail.class.getMethods()) {
            assertFalse(Arrays.asList(m.getParameterTypes()).contains(Instant.class), "AuditTrail." + m.getName()
                    + " takes an instant");
        }
        assertEquals(Set.of("now", "today", "clock"), publicMethods(TimeSource.class), "TimeSource only tells the time");
        assertEquals(Set.of("keys"), publicMethods(PersonalDataKeySource.class), "keys are read, never set");
        assertTrue(publicMethods(PersonalDataCipher.class).stream().noneMatch(n -> n.startsWith("configure")
                || n.startsWith("set") || n.startsWith("use")));
    }

    private static Set<String> publicMethods(Class<?> type) {
        return Set.copyOf(Arrays.stream(type.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                .map(Method::getName).toList());
    }

    @Test
    void aProductionServerServesNoTestPath() {
        ApiClient api = new ApiClient(context);
        ApiClient.Reply openapi = api.send(ApiClient.request(null, api.root("openapi"))
                .GET().build());
        assertEquals(200, openapi.status());
        assertTrue(openapi.body().contains("/complaints"), "the document lists the API");
        assertFalse(openapi.body().contains("test-support"), "no test path in the served document");
        assertEquals(404, api.send(ApiClient.request("admin", api.root("servicedesk-test-kit/test-support/clock"))
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"offsetSeconds\":86400}"))
                .header("Content-Type", "application/json").build()).status());
        assertEquals(404, api.send(ApiClient.request("admin", api.api("test-support/clock"))
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"offsetSeconds\":86400}"))
                .header("Content-Type", "application/json").build()).status());
    }
}
