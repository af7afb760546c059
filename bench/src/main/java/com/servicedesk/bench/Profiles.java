package com.servicedesk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where a server's processor time goes, from a Java Flight Recorder file of it under load: the execution
 * samples of the request threads (Undertow's workers), read with the JDK's {@code jfr} tool. Each sample
 * counts once, for the part of the stack it was executing: the innermost frame outside the JDK names the
 * library (a JDK method counts for the library that called it), and the innermost frame of the
 * application names the step of the request it belongs to.
 */
final class Profiles {

    /** The libraries, by the packages of their frames. */
    private static final Map<String, List<String>> PARTS = new LinkedHashMap<>();

    static {
        PARTS.put("Undertow and XNIO (HTTP, I/O)", List.of("io.undertow.", "org.xnio."));
        PARTS.put("Elytron and Jakarta Security", List.of("org.wildfly.security.", "org.glassfish.soteria.",
                "org.wildfly.extension.undertow.security.", "org.wildfly.elytron."));
        PARTS.put("RESTEasy (JAX-RS)", List.of("org.jboss.resteasy."));
        PARTS.put("Weld (CDI)", List.of("org.jboss.weld."));
        PARTS.put("EJB container", List.of("org.jboss.as.ejb3.", "org.jboss.invocation.", "org.jboss.as.ee."));
        PARTS.put("transactions", List.of("com.arjuna.", "org.jboss.as.txn.", "org.wildfly.transaction."));
        PARTS.put("Bean Validation", List.of("org.hibernate.validator."));
        PARTS.put("Hibernate ORM", List.of("org.hibernate."));
        PARTS.put("JDBC pool and driver", List.of("org.jboss.jca.", "org.postgresql.", "org.h2."));
        PARTS.put("JSON-B / JSON-P", List.of("org.eclipse.yasson.", "org.eclipse.parsson."));
        PARTS.put("the application's own code", List.of("com.servicedesk."));
        PARTS.put("logging", List.of("org.jboss.logmanager.", "org.jboss.logging."));
    }

    private Profiles() {
    }

    /** A printable summary of the request threads' samples in the recording. */
    static String requestThreads(Path recording, int top) throws IOException, InterruptedException {
        Process jfr = new ProcessBuilder("jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "200",
                recording.toString()).redirectErrorStream(true).start();
        String out = new String(jfr.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jfr.waitFor();
        List<List<String>> stacks = new ArrayList<>();
        List<String> stack = null;
        boolean request = false;
        for (String line : out.split("\n")) {
            String t = line.strip();
            if (t.startsWith("sampledThread = ")) {
                request = t.contains("\"default task-");
            } else if (t.equals("stackTrace = [")) {
                stack = new ArrayList<>();
            } else if (stack != null && t.equals("]")) {
                if (request) {
                    stacks.add(stack);
                }
                stack = null;
            } else if (stack != null && !t.startsWith("...")) {
                int paren = t.indexOf('(');
                stack.add(paren > 0 ? t.substring(0, paren) : t);
            }
        }
        StringBuilder summary = new StringBuilder(String.format("%,d samples of request threads%n", stacks.size()));
        if (stacks.isEmpty()) {
            return summary.toString();
        }
        summary.append("  by library (innermost frame outside the JDK):\n");
        append(summary, stacks.stream().collect(Collectors.groupingBy(Profiles::library, Collectors.counting())),
                stacks.size(), PARTS.size() + 1);
        summary.append("  by step of the request (innermost frame of the application):\n");
        append(summary, stacks.stream().collect(Collectors.groupingBy(s -> s.stream()
                .filter(f -> f.startsWith("com.servicedesk.")).findFirst().orElse("(before or after the application)"),
                Collectors.counting())), stacks.size(), top);
        return summary.toString();
    }

    private static String library(List<String> stack) {
        for (String frame : stack) {
            if (frame.startsWith("java.") || frame.startsWith("jdk.") || frame.startsWith("sun.")) {
                continue;
            }
            return PARTS.entrySet().stream().filter(p -> p.getValue().stream().anyMatch(frame::startsWith))
                    .map(Map.Entry::getKey).findFirst().orElse("other libraries");
        }
        return "the JDK alone";
    }

    private static void append(StringBuilder summary, Map<String, Long> counts, int total, int limit) {
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(limit)
                .forEach(e -> summary.append(String.format("  %5.1f %%  %s%n", 100.0 * e.getValue() / total, e.getKey())));
    }
}
