package com.servicedesk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's {@code wrk}, a load generator written in C, against one GET: beside the Java client it shows
 * what the client itself costs on these two cores. Absent when wrk is not installed.
 */
final class Wrk {

    /** What wrk measured: requests per second, latency percentiles, and answers other than 2xx/3xx. */
    record Result(double rate, double p50Ms, double p99Ms, long non2xx) {

        String summary() {
            return String.format("%,.1f/s; p50 %.1f ms, p99 %.1f ms; %d answers outside 2xx", rate, p50Ms, p99Ms, non2xx);
        }
    }

    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");

    private Wrk() {
    }

    static boolean available() {
        try {
            return new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start().waitFor() >= 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** {@code connections} connections on two threads for {@code duration}, each request as {@code user}. */
    static Result get(String url, String user, int connections, Duration duration) throws IOException, InterruptedException {
        return run(url, user, connections, duration, null);
    }

    /**
     * POSTs of JSON bodies, one after another from {@code bodies} (which wrk's Lua turns round), on
     * {@code connections} connections for {@code duration}.
     */
    static Result post(String url, String user, int connections, Duration duration, List<String> bodies)
            throws IOException, InterruptedException {
        StringBuilder lua = new StringBuilder("wrk.method = \"POST\"\nwrk.headers[\"Content-Type\"] = \"application/json\"\n"
                + "local bodies = {\n");
        for (String body : bodies) {
            lua.append("  [==[").append(body).append("]==],\n");
        }
        lua.append("}\nlocal n = 0\nrequest = function()\n  n = n + 1\n"
                + "  return wrk.format(nil, nil, nil, bodies[(n % #bodies) + 1])\nend\n");
        java.nio.file.Path script = java.nio.file.Files.createTempFile("wrk-post", ".lua");
        try {
            java.nio.file.Files.writeString(script, lua, StandardCharsets.UTF_8);
            return run(url, user, connections, duration, script.toString());
        } finally {
            java.nio.file.Files.deleteIfExists(script);
        }
    }

    private static Result run(String url, String user, int connections, Duration duration, String script)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("wrk", "-t2", "-c" + connections, "-d" + duration.toSeconds() + "s",
                "--latency", "-H", "Authorization: " + Http.basic(user, Http.PASSWORD)));
        if (script != null) {
            command.addAll(List.of("-s", script));
        }
        command.add(url);
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (wrk.waitFor() != 0) {
            throw new IllegalStateException("wrk failed: " + out);
        }
        Matcher rate = RATE.matcher(out);
        Matcher non2xx = NON_2XX.matcher(out);
        if (!rate.find()) {
            throw new IllegalStateException("wrk printed no rate: " + out);
        }
        return new Result(Double.parseDouble(rate.group(1)), percentile(out, "50%"), percentile(out, "99%"),
                non2xx.find() ? Long.parseLong(non2xx.group(1)) : 0);
    }

    /** A line of wrk's latency distribution ({@code 50%  1.23ms}), in milliseconds. */
    private static double percentile(String out, String label) {
        Matcher m = Pattern.compile("\\s" + Pattern.quote(label) + "\\s+([\\d.]+)(us|ms|s)").matcher(out);
        if (!m.find()) {
            return Double.NaN;
        }
        double value = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }
}
