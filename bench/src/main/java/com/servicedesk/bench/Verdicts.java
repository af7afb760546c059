package com.servicedesk.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a benchmark run measured and which of its checks failed; printed at the end, non-zero exit on a failure. */
final class Verdicts {

    private final Map<String, String> results = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();

    /** A figure, printed with the results. */
    void put(String measure, String figure) {
        results.put(measure, figure);
    }

    /** A check, printed at once; a failed one fails the run. */
    void check(String what, boolean ok) {
        System.out.println((ok ? "  ok: " : "  FAILED: ") + what);
        if (!ok) {
            failures.add(what);
        }
    }

    /** Prints the results (names padded to {@code width}) and exits with 1 if a check failed. */
    void report(int width, String passed) {
        System.out.println();
        System.out.println("== results");
        results.forEach((k, v) -> System.out.printf("%-" + width + "s %s%n", k, v));
        if (!failures.isEmpty()) {
            System.out.println("== FAILED: " + failures);
            System.exit(1);
        }
        System.out.println("== " + passed);
    }
}
