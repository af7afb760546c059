package com.servicedesk.bench;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real server the scenarios run against: the WildFly that {@code bench/run} provisioned with the
 * EAR deployed and the PostgreSQL datasource, started here as a separate process on the benchmark
 * database, with the demo EAR (its users, and the test kit's endpoints to run a timer's job at once).
 */
final class BenchServer implements AutoCloseable {

    /** Where the server's mail session sends: nothing listens there unless a scenario puts a relay there. */
    static final int SMTP_PORT = 3026;

    private final Path home;
    /** The server's own directory (configuration, data, log): {@code standalone} unless a cluster member's. */
    private final Path base;
    /** A cluster member's name and port offset; null and 0 for the single server. */
    private final String node;
    private final int portOffset;
    private final Path pidFile;
    private Process launcher;
    private long pid;
    private double bootSeconds;

    BenchServer() {
        this(Path.of(System.getProperty("bench.server", "target/server")).toAbsolutePath(), null, null, 0);
    }

    /**
     * A member of a cluster: the HA server's home, a directory of its own (copied from the home's
     * {@code standalone} on first use), its node name and port offset.
     */
    BenchServer(Path home, Path base, String node, int portOffset) {
        this.home = home;
        this.base = base == null ? home.resolve("standalone") : base;
        this.node = node;
        this.portOffset = portOffset;
        this.pidFile = this.base.resolve("server.pid");
        if (!Files.isExecutable(home.resolve("bin/standalone.sh"))) {
            throw new IllegalStateException("no server at " + home + ": run bench/run (or bench/cluster), which provisions it");
        }
    }

    /** The address of this server's own HTTP listener. */
    String url() {
        return "http://127.0.0.1:" + (8080 + portOffset);
    }

    int managementPort() {
        return 9990 + portOffset;
    }

    /**
     * Waits up to a minute for the HTTP port to be free: a server of an earlier run that is still shutting
     * down would keep it, and the new one would boot without its HTTP listener and never answer.
     */
    private void awaitFreePort() throws InterruptedException {
        int port = 8080 + portOffset;
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (true) {
            try {
                new Socket("127.0.0.1", port).close();
            } catch (IOException free) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("port " + port + " is still in use by another process");
            }
            Thread.sleep(500);
        }
    }

    /**
     * Starts the server, with these JVM options besides the usual ones, and waits until the application
     * answers; returns the seconds from launch to the first answer.
     */
    double start(String... jvmOptions) throws Exception {
        awaitFreePort();
        if (!Files.exists(base)) {
            copy(home.resolve("standalone"), base);
        }
        Files.deleteIfExists(pidFile);
        Files.deleteIfExists(base.resolve("deployments/servicedesk-demo.ear.failed"));
        List<String> command = new java.util.ArrayList<>(List.of(home.resolve("bin/standalone.sh").toString(),
                "-Dservicedesk.data.dir=" + (node == null ? home.resolveSibling("server-data") : base.resolveSibling(node + "-data")),
                "-Dservicedesk.pii.key=" + BenchDatabase.PII_KEY,
                "-Dservicedesk.smtp.port=" + SMTP_PORT, "-Dservicedesk.notifications.claim=PT15S",
                "-Dservicedesk.sms.url=" + url() + "/servicedesk-test-kit/sms-stub/messages"));
        if (node != null) {
            command.addAll(List.of("-Djboss.server.base.dir=" + base, "-Djboss.node.name=" + node, "-Djboss.tx.node.id=" + node,
                    "-Djboss.socket.binding.port-offset=" + portOffset));
        }
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo((node == null ? home.resolveSibling("server-console.log")
                        : base.resolveSibling(node + "-console.log")).toFile()));
        Map<String, String> env = builder.environment();
        env.put("SERVICEDESK_DB_URL", BenchDatabase.URL);
        env.put("SERVICEDESK_DB_USER", BenchDatabase.USER);
        env.put("SERVICEDESK_DB_PASSWORD", BenchDatabase.PASSWORD);
        env.put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
        env.put("JBOSS_PIDFILE", pidFile.toString());
        env.put("JAVA_OPTS", "-Xms256m -Xmx1g -Djava.awt.headless=true -Djava.net.preferIPv4Stack=true "
                + System.getenv().getOrDefault("BENCH_SERVER_OPTS", "") + " " + String.join(" ", jvmOptions));
        long started = System.nanoTime();
        launcher = builder.start();
        Http http = new Http();
        long deadline = started + Duration.ofMinutes(5).toNanos();
        while (true) {
            if (Files.exists(base.resolve("deployments/servicedesk-demo.ear.failed"))) {
                throw new IllegalStateException("the deployment failed: see " + log());
            }
            if (!launcher.isAlive()) {
                throw new IllegalStateException("the server exited with " + launcher.exitValue() + ": see " + log());
            }
            try {
                if (http.get("auditor", url() + "/servicedesk/api/v1/reference/service-categories").status() == 200) {
                    break;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the server did not answer within 5 minutes: see " + log());
            }
            Thread.sleep(250);
        }
        bootSeconds = (System.nanoTime() - started) / 1e9;
        pid = Long.parseLong(Files.readString(pidFile).trim());
        return bootSeconds;
    }

    double bootSeconds() {
        return bootSeconds;
    }

    /** Resident memory of the server's JVM in MB (from /proc). */
    long residentMb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        throw new IllegalStateException("no VmRSS for " + pid);
    }

    /** The server's heap in use now, in MB, as {@code jcmd GC.heap_info} reports it. */
    long heapUsedMb() throws IOException, InterruptedException {
        java.util.regex.Matcher used = java.util.regex.Pattern.compile("used (\\d+)K").matcher(jcmd("GC.heap_info"));
        return used.find() ? Long.parseLong(used.group(1)) / 1024 : -1;
    }

    /** Redeploys the EAR in place through the management CLI, and waits until the application answers again. */
    double redeploy() throws Exception {
        long started = System.nanoTime();
        Process cli = new ProcessBuilder(home.resolve("bin/jboss-cli.sh").toString(), "--connect", "--timeout=300000",
                "--command=/deployment=servicedesk-demo.ear:redeploy").redirectErrorStream(true).start();
        String out = new String(cli.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (cli.waitFor() != 0 || !out.contains("success")) {
            throw new IllegalStateException("the redeployment failed: " + out);
        }
        Http http = new Http();
        while (http.get("auditor", "reference/service-categories").status() != 200) {
            Thread.sleep(250);
        }
        return (System.nanoTime() - started) / 1e9;
    }

    /**
     * How many instances of each class are live, after the full collection {@code jcmd GC.class_histogram}
     * makes first (an unreachable class loader is unloaded then).
     */
    Map<String, Long> liveInstances(String... classNames) throws IOException, InterruptedException {
        String out = jcmd("GC.class_histogram");
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        for (String name : classNames) {
            java.util.regex.Matcher row = java.util.regex.Pattern.compile("\\d+:\\s+(\\d+)\\s+\\d+\\s+"
                    + java.util.regex.Pattern.quote(name) + "\\s").matcher(out);
            counts.put(name, row.find() ? Long.parseLong(row.group(1)) : 0);
        }
        return counts;
    }

    /** Starts a flight recording of the server (the JDK's "default" settings, about 1 % overhead) into {@code file}. */
    void startRecording(Path file) throws IOException, InterruptedException {
        String out = jcmd("JFR.start name=bench settings=default filename=" + file.toAbsolutePath());
        if (!out.contains("Started recording")) {
            throw new IllegalStateException("the flight recording did not start: " + out);
        }
    }

    /** Stops the recording, which writes its file. */
    void stopRecording() throws IOException, InterruptedException {
        jcmd("JFR.stop name=bench");
    }

    /** What {@code jcmd} prints for one of its commands run on the server's JVM. */
    private String jcmd(String command) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder("jcmd", Long.toString(pid), command).redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        jcmd.waitFor();
        return out;
    }

    /** {@code kill -9}: the JVM dies at once, with no shutdown hook and no graceful undeploy. */
    void kill() throws Exception {
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        waitForExit();
    }

    /** A graceful stop (SIGTERM). */
    void stop() throws Exception {
        if (launcher != null && launcher.isAlive()) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
            waitForExit();
        }
    }

    private void waitForExit() throws Exception {
        ProcessHandle.of(pid).ifPresent(h -> h.onExit().join());
        launcher.waitFor(60, TimeUnit.SECONDS);
        launcher = null;
    }

    Path log() {
        return base.resolve("log/server.log");
    }

    /** Copies a server directory (a cluster member's own from the home's standalone directory). */
    private static void copy(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    long pid() {
        return pid;
    }

    /** The lines of the server log that match. */
    List<String> logLines(String contains) throws IOException {
        try (var lines = Files.lines(log())) { // streamed: the log of a long run is hundreds of megabytes
            return lines.filter(l -> l.contains(contains)).toList();
        }
    }

    @Override
    public void close() throws Exception {
        stop();
    }
}
