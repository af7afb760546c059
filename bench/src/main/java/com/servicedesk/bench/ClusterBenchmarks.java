package com.servicedesk.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two WildFly nodes of the HA server on one PostgreSQL, behind HAProxy, on this machine ({@code bench/cluster}):
 * intake through the balancer with one node and with two, a portal session that outlives the node serving it
 * ({@code kill -9}), intake with {@code Idempotency-Key}s across the kill (the longest a client waited, what
 * failed and how its retry went), every acknowledged complaint stored once, a due escalation done once with
 * both nodes running the job at the same moment, one winner per round of 32 concurrent transitions on one
 * complaint through the balancer, the audit chain intact, and the killed node rejoining.
 */
public final class ClusterBenchmarks {

    private static final String INTAKE_TEXT = "集群测试：客户反映信用卡年费被重复扣收，要求退还";

    private final boolean smoke;
    private final Path work = Path.of("target", "cluster").toAbsolutePath();
    private final BenchServer node1;
    private final BenchServer node2;
    private final BenchServer single;
    private final Http http = new Http();
    private final Verdicts results = new Verdicts();
    private Process haproxy;
    private List<Long> customers;
    private String[] codes;

    private ClusterBenchmarks(boolean smoke) {
        this.smoke = smoke;
        Path home = Path.of(System.getProperty("bench.server", "target/server-ha")).toAbsolutePath();
        node1 = new BenchServer(home, work.resolve("node1"), "node1", 0);
        node2 = new BenchServer(home, work.resolve("node2"), "node2", 100);
        // the plain server bench/run provisions, without the clustering layers: the baseline, on node1's ports
        Path plain = Path.of("target", "server").toAbsolutePath();
        single = Files.isExecutable(plain.resolve("bin/standalone.sh"))
                ? new BenchServer(plain, work.resolve("single"), "single", 0) : null;
    }

    public static void main(String[] args) throws Exception {
        boolean smoke = List.of(args).contains("--smoke");
        System.out.printf("Service Desk cluster benchmarks%s — %s, %d cores, %s, balancer %s%n", smoke ? " (smoke)" : "",
                Instant.now(), Runtime.getRuntime().availableProcessors(), BenchDatabase.URL, Http.HOST);
        try (BenchDatabase db = new BenchDatabase()) {
            db.fill(smoke ? 20_000 : 100_000);
        }
        ClusterBenchmarks bench = new ClusterBenchmarks(smoke);
        try {
            bench.run();
        } finally {
            bench.stopAll();
        }
        bench.results.report(40, "all cluster checks passed");
    }

    private void check(String what, boolean ok) {
        results.check(what, ok);
    }

    private Duration seconds(int full, int smokeSeconds) {
        return Duration.ofSeconds(smoke ? smokeSeconds : full);
    }

    private void run() throws Exception {
        startBalancer();
        int clients = 16;
        Duration duration = seconds(60, 10);
        Load.Result plain = null;
        if (single != null) {
            System.out.println("== the single server (no clustering layers) on node1's ports");
            System.out.printf("the single server answered after %.1f s%n", single.start());
            prepare(); // after the first start, which creates the demo customers on a new database
            plain = measure(clients, duration);
            System.out.println("intake through the balancer, the single server: " + plain.summary());
            single.stop();
        } else {
            System.out.println("(no single server in target/server to compare with: bench/run provisions it)");
        }
        System.out.println("== node1 alone");
        System.out.printf("node1 answered after %.1f s%n", node1.start());
        if (plain == null) {
            prepare();
        }
        Load.Result one = measure(clients, duration);
        System.out.println("intake through the balancer, one node: " + one.summary());

        System.out.println("== node2 joins");
        double join = node2.start();
        awaitView(2);
        results.put("start-up of a node joining", String.format("%.1f s from launch to its first answer, in the cluster"
                + " view of two", join));
        Load.Result two = measure(clients, duration);
        System.out.println("intake through the balancer, two nodes: " + two.summary());
        results.put("intake through the balancer", String.format("one node %,.0f/s (p50 %.0f ms), two nodes %,.0f/s"
                + " (p50 %.0f ms): two nodes make %.2f× one on these two cores", rate(one), one.percentileMs(50),
                rate(two), two.percentileMs(50), rate(two) / rate(one)));
        if (plain != null) {
            results.put("the cost of clustering", String.format("the single server without the clustering layers"
                    + " %,.0f/s (p50 %.0f ms): one HA node makes %.2f× it, two HA nodes %.2f×", rate(plain),
                    plain.percentileMs(50), rate(one) / rate(plain), rate(two) / rate(plain)));
        }
        check("intake has no errors with one node and with two", one.errors() == 0 && two.errors() == 0
                && (plain == null || plain.errors() == 0));

        failover();
        escalationOnce();
        conflicts();

        JsonText verify = new JsonText(http.get("auditor", "audit/verify").body());
        check("the audit chain verifies after writers on both nodes and a node killed mid-write", verify.has("\"intact\":true"));
        Http.Reply seal = http.post("auditor", "audit/anchors", "", Map.of());
        check("a seal after it all (one sealer at a time in the cluster)", seal.status() == 201 || seal.status() == 204);
        check("the anchors still chain after sealing on two nodes",
                new JsonText(http.get("auditor", "audit/verify").body()).has("\"intact\":true"));
    }

    private static double rate(Load.Result intake) {
        return intake.count(201) / intake.seconds();
    }

    /** Intake through the balancer for a while, each request with its own Idempotency-Key (not retried). */
    private Load.Result measure(int clients, Duration duration) throws InterruptedException {
        Load.Task intake = (client, i) -> http.post(client % 2 == 0 ? "agent" : "supervisor", "complaints",
                complaintJson(customers.get((int) ((client * 7919L + i) % customers.size()))),
                Map.of("Idempotency-Key", UUID.randomUUID().toString())).status();
        Load.run(clients, seconds(20, 3), intake);
        return Load.run(clients, duration, intake);
    }

    // --- failover --------------------------------------------------------------------------------------

    /**
     * A portal session on the balancer opens a complaint; intake with keys runs meanwhile; the node that
     * served the session is killed; the session goes on on the other node without signing in again, and
     * takes a transition; every call of the intake is retried with its key until it succeeds.
     */
    private void failover() throws Exception {
        System.out.println("== failover");
        long complaint = createComplaint();
        Http portal = Http.portal("supervisor");
        Http.Reply page = portal.page("complaint.xhtml?id=" + complaint);
        check("the portal session opens the complaint", page.status() == 200 && page.body().contains("sd-action-ACCEPT"));
        String served = portal.cookie("SERVERID");
        BenchServer victim = "node2".equals(served) ? node2 : node1;
        BenchServer survivor = victim == node1 ? node2 : node1;
        System.out.println("the session is served by " + served);

        ConcurrentLinkedQueue<long[]> calls = new ConcurrentLinkedQueue<>(); // started, ended (nanos), attempts
        Map<String, Long> acknowledged = new ConcurrentHashMap<>();
        Map<Integer, AtomicLong> failedAttempts = new ConcurrentHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        Thread load = new Thread(() -> {
            try {
                Load.run(8, stop::get, Long.MAX_VALUE, (client, i) -> {
                    String key = UUID.randomUUID().toString();
                    long started = System.nanoTime();
                    int attempts = 0;
                    while (true) {
                        attempts++;
                        int status;
                        String body = "";
                        try {
                            Http.Reply reply = http.post("agent", "complaints", complaintJson(customers.get((int) ((client * 31L + i)
                                    % customers.size()))), Map.of("Idempotency-Key", key));
                            status = reply.status();
                            body = reply.body();
                        } catch (IOException e) {
                            status = Load.IO_ERROR;
                        }
                        if (status == 201) {
                            acknowledged.put(key, ServerBenchmarks.number(ServerBenchmarks.ID, body));
                            calls.add(new long[] {started, System.nanoTime(), attempts});
                            return 201;
                        }
                        failedAttempts.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
                        Thread.sleep(200);
                    }
                });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        load.start();
        Thread.sleep(seconds(15, 5).toMillis());
        long killedAt = System.nanoTime();
        victim.kill();
        System.out.println("killed " + (victim == node1 ? "node1" : "node2") + " (kill -9)");
        Thread.sleep(seconds(20, 10).toMillis());

        // the same session, on the survivor, without signing in again
        Http.Reply next = portal.page("complaints.xhtml");
        boolean stillSignedIn = next.status() == 200 && !next.body().contains("loginForm") && next.body().contains("sd-table");
        check("the portal session goes on on the other node without signing in again", stillSignedIn);
        Http.Reply detail = portal.page("complaint.xhtml?id=" + complaint);
        boolean accepted = false;
        Matcher button = Pattern.compile("<button id=\"([^\"]+)\" name=\"([^\"]+)\"[^>]*class=\"[^\"]*sd-action-ACCEPT").matcher(detail.body());
        if (button.find()) {
            Http.Reply posted = portal.form("complaint.xhtml?id=" + complaint, "actions=actions&"
                    + URLEncoder.encode(button.group(2), StandardCharsets.UTF_8) + "=&jakarta.faces.ViewState="
                    + URLEncoder.encode(Http.viewState(detail.body()), StandardCharsets.UTF_8));
            accepted = posted.status() < 400 && http.get("supervisor", "complaints/" + complaint).body().contains("\"status\":\"ACCEPTED\"");
        }
        check("the session takes a transition on the other node (ACCEPT from the complaint page)", accepted);
        check("the balancer moved the session to " + (survivor == node1 ? "node1" : "node2"),
                !String.valueOf(served).equals(portal.cookie("SERVERID")));

        stop.set(true);
        load.join();
        long longest = calls.stream().mapToLong(c -> c[1] - c[0]).max().orElse(0);
        long retried = calls.stream().filter(c -> c[2] > 1).count();
        long distinct = BenchDatabase.count("select count(distinct id) from complaint where id in ("
                + acknowledged.values().stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse("0") + ")");
        long stored = BenchDatabase.count("select count(*) from idempotency_record where idem_key in ("
                + acknowledged.keySet().stream().map(k -> "'" + k + "'").reduce((a, b) -> a + "," + b).orElse("''") + ")");
        Map<Integer, Long> failed = new java.util.TreeMap<>();
        failedAttempts.forEach((k, v) -> failed.put(k, v.get()));
        results.put("failover: the longest a client waited", String.format("%.1f s for one call, from its first attempt to"
                + " its answer (the node was killed %.0f s into the load)", longest / 1e9,
                (killedAt - calls.stream().mapToLong(c -> c[0]).min().orElse(killedAt)) / 1e9));
        results.put("failover: attempts that failed", String.format("%s (status: attempts; -1 = no answer); %d calls needed"
                + " a retry, every one answered 201 with its key", failed, retried));
        check("no attempt failed with a 500", !failed.containsKey(500));
        check("every acknowledged complaint is stored, once per key", distinct == acknowledged.size() && stored == acknowledged.size());
        System.out.printf("%,d calls acknowledged, %,d stored, %,d keys kept%n", acknowledged.size(), distinct, stored);

        double rejoin = victim.start();
        awaitView(2);
        results.put("the killed node rejoins", String.format("%.1f s from launch to its first answer, back in the view of two",
                rejoin));
    }

    // --- timers: each due escalation once, both nodes running the job at the same moment ---------------

    private void escalationOnce() throws Exception {
        System.out.println("== escalation with both nodes running the job at once");
        int items = smoke ? 300 : 2_000;
        String prefix = "CL-" + Long.toString(System.currentTimeMillis(), 36) + "-";
        BenchDatabase.insertDueComplaints(prefix, "集群定时器测试", items, customers, codes);
        List<Thread> jobs = new ArrayList<>();
        for (BenchServer node : List.of(node1, node2)) {
            Thread t = new Thread(() -> {
                try {
                    http.post("admin", node.url() + "/servicedesk-test-kit/test-support/jobs/complaint-escalation", "", Map.of());
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            jobs.add(t);
            t.start();
        }
        for (Thread t : jobs) {
            t.join();
        }
        long escalations = BenchDatabase.count("select count(*) from audit_entry e join complaint c on e.entity_type ="
                + " 'Complaint' and e.entity_id = cast(c.id as varchar) and e.action = 'ESCALATE' where c.reference like '"
                + prefix + "%'");
        long atLevel = BenchDatabase.count("select count(*) from complaint where reference like '" + prefix
                + "%' and escalation_level = 1");
        results.put("timers: due escalations, the job on both nodes at once", String.format("%,d due, %,d escalations"
                + " recorded, %,d at level 1", items, escalations, atLevel));
        check("each due escalation happened once, not twice", escalations == items && atLevel == items);
    }

    // --- conflicts through the balancer ----------------------------------------------------------------

    /** 32 concurrent PAUSE_CLOCK/RESUME_CLOCK on one complaint, round-robin over both nodes: one winner a round. */
    private void conflicts() throws Exception {
        System.out.println("== conflicts through the balancer");
        long id = createComplaint();
        http.post("agent", "complaints/" + id + "/transitions", "{\"action\":\"ACCEPT\"}", Map.of());
        http.post("agent", "complaints/" + id + "/transitions", "{\"action\":\"START_INVESTIGATION\"}", Map.of());
        int rounds = smoke ? 20 : 100;
        int won = 0;
        int clean = 0;
        for (int r = 0; r < rounds; r++) {
            String action = r % 2 == 0 ? "PAUSE_CLOCK" : "RESUME_CLOCK";
            String body = "{\"action\":\"" + action + "\"" + (r % 2 == 0 ? ",\"reason\":\"外部鉴定\"" : "") + "}";
            List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
            Load.run(32, () -> false, 1, (client, i) -> {
                int status = http.post("agent", "complaints/" + id + "/transitions", body, Map.of()).status();
                statuses.add(status);
                return status;
            });
            long ok = statuses.stream().filter(s -> s == 200).count();
            won += ok == 1 ? 1 : 0;
            clean += statuses.stream().allMatch(s -> s == 200 || s == 409 || s == 412) ? 1 : 0;
        }
        long transitions = BenchDatabase.count("select count(*) from audit_entry where chain_key = 'Complaint:" + id
                + "' and action in ('PAUSE_CLOCK', 'RESUME_CLOCK')");
        results.put("conflicts through the balancer", String.format("%d of %d rounds had exactly one winner; %d rounds"
                + " answered only 200/409/412; %d transitions in the history", won, rounds, clean, transitions));
        check("exactly one winner per round across both nodes, and each in the history",
                won == rounds && clean == rounds && transitions == rounds);
    }

    // --- the balancer, the view, the data ---------------------------------------------------------------

    /** HAProxy in front, configured as {@code cluster/run} runs it ({@code cluster/haproxy.cfg}: 8000 to 8080 and 8180). */
    private void startBalancer() throws Exception {
        Files.createDirectories(work);
        haproxy = new ProcessBuilder("haproxy", "-f", Path.of("..", "cluster", "haproxy.cfg").toAbsolutePath().toString(), "-db")
                .redirectErrorStream(true).redirectOutput(work.resolve("haproxy.log").toFile()).start();
        Thread.sleep(500);
        if (!haproxy.isAlive()) {
            throw new IllegalStateException("haproxy did not start: see " + work.resolve("haproxy.log"));
        }
    }

    /** Waits until node1's JGroups channel sees {@code members} members. */
    private void awaitView(int members) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        String view = "";
        while (System.nanoTime() < deadline) {
            view = cli(node1, "/subsystem=jgroups/channel=ee:read-attribute(name=view)");
            // e.g. "[node1(v=16.0.5)|1] (2) [node1(v=16.0.5), node2(v=16.0.5)]": the view's id, its size, its members
            Matcher m = Pattern.compile("\\((\\d+)\\) (\\[[^\\]]*\\])").matcher(view);
            if (m.find() && Integer.parseInt(m.group(1)) >= members) {
                System.out.println("cluster view: " + m.group(2));
                return;
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("the cluster view did not reach " + members + " members: " + view);
    }

    private static String cli(BenchServer node, String command) throws IOException, InterruptedException {
        Path home = Path.of(System.getProperty("bench.server", "target/server-ha")).toAbsolutePath();
        Process cli = new ProcessBuilder(home.resolve("bin/jboss-cli.sh").toString(), "--connect",
                "--controller=127.0.0.1:" + node.managementPort(), "--command=" + command).redirectErrorStream(true).start();
        String out = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        cli.waitFor();
        return out;
    }

    /** What the requests need: the demo customers of branch BJ01 (the agent's) and valid classification codes. */
    private void prepare() throws Exception {
        customers = BenchDatabase.agentCustomers();
        codes = new String[] {BenchDatabase.leafCode("B"), BenchDatabase.leafCode("C"), null, BenchDatabase.leafCode("A")};
    }

    private String complaintJson(long customer) {
        return "{\"customerId\":" + customer + ",\"channel\":\"PHONE\",\"businessCategory\":\"" + codes[0]
                + "\",\"cause\":\"" + codes[1] + "\",\"description\":\"" + INTAKE_TEXT + "\"}";
    }

    private long createComplaint() throws Exception {
        Http.Reply created = http.post("agent", "complaints", complaintJson(customers.get(0)), Map.of());
        if (created.status() != 201) {
            throw new IllegalStateException("no complaint: " + created.status() + " " + created.body());
        }
        return ServerBenchmarks.number(ServerBenchmarks.ID, created.body());
    }

    private void stopAll() throws Exception {
        if (single != null) {
            single.stop();
        }
        node1.stop();
        node2.stop();
        if (haproxy != null) {
            haproxy.destroy();
        }
    }

    /** A JSON answer read as text, which is all the checks need. */
    private record JsonText(String text) {
        boolean has(String fragment) {
            return text.contains(fragment);
        }
    }
}
