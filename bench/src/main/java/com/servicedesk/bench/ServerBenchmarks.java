package com.servicedesk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load, fault and bad-input suite of the reliability issue, against the real server on PostgreSQL
 * (started and killed here), with each target measured against its floor in the same run:
 * <ul>
 * <li>{@code intake}: POST /complaints, 32 clients, against bare JDBC inserts of complaint + audit entry;</li>
 * <li>{@code queue}: the overdue work queue (page of 50, by due date), 16 clients, against the bare SQL;</li>
 * <li>{@code dashboard}: the rendered portal start page, logged in, p95 against 300 ms;</li>
 * <li>{@code startup}: boot plus deployment, resident memory at idle and after the intake run;</li>
 * <li>{@code conflicts}, {@code crash}, {@code outage}, {@code fuzz}, {@code timers}, {@code notifications},
 * {@code attachments}, {@code redeploy}: the reliability checks.</li>
 * </ul>
 * Run through {@code bench/run} (which provisions the server); {@code --smoke} runs every scenario
 * with small counts, as CI does. Exits non-zero when a reliability check fails.
 */
public final class ServerBenchmarks {

    /** A JSON answer's own id: the first (a repeat complaint's view names the one it repeats, {@code repeatOf}, after it). */
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");
    /** What every complaint of the intake load says (the bench settles them before its next run). */
    static final String INTAKE_TEXT = "基准测试：客户反映网银转账到账延迟，要求说明原因。";
    private static final List<String> ALL = List.of("startup", "intake", "queue", "profile", "dashboard", "conflicts", "fuzz",
            "timers", "crash", "outage", "attachments", "notifications", "search", "redeploy", "retention");
    private static final String QUEUE_WHERE = " where c.branch_code = ? and c.status = 'INVESTIGATING' and c.status in"
            + " ('RECEIVED', 'ACCEPTED', 'INVESTIGATING', 'RESOLUTION_PROPOSED', 'REOPENED') and c.paused_since is null"
            + " and c.decision_due_at <= ?";

    private final boolean smoke;
    private final Http http = new Http();
    private final BenchServer server = new BenchServer();
    private final Verdicts results = new Verdicts();
    private final String run = Long.toString(System.currentTimeMillis(), 36);
    private final java.util.concurrent.atomic.AtomicLong floorSequence = new java.util.concurrent.atomic.AtomicLong();
    private List<Long> customers;
    private String[] codes;

    private ServerBenchmarks(boolean smoke) {
        this.smoke = smoke;
    }

    public static void main(String[] args) throws Exception {
        boolean smoke = false;
        long complaints = 1_000_000;
        long requests = 200_000;
        List<String> scenarios = ALL;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--smoke" -> smoke = true;
                case "--complaints" -> complaints = Long.parseLong(args[++i]);
                case "--requests" -> requests = Long.parseLong(args[++i]);
                case "--scenario" -> scenarios = List.of(args[++i].split(","));
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (--smoke, --complaints N, --requests N, --scenario a,b: " + ALL + ")");
            }
        }
        if (smoke) {
            complaints = Math.min(complaints, 20_000);
            requests = Math.min(requests, 4_000);
        }
        System.out.printf("Service Desk server benchmarks%s — %s, %d cores, %s%n", smoke ? " (smoke)" : "", Instant.now(),
                Runtime.getRuntime().availableProcessors(), BenchDatabase.URL);
        ServerBenchmarks bench = new ServerBenchmarks(smoke);
        try (BenchDatabase db = new BenchDatabase()) {
            double c = db.fill(complaints);
            double r = db.fillServiceRequests(requests);
            System.out.printf("data: %,d complaints (%s), %,d service requests (%s), %d branches%n",
                    BenchDatabase.count("select count(*) from complaint"), loaded(c),
                    BenchDatabase.count("select count(*) from service_request"), loaded(r),
                    BenchDatabase.count("select count(*) from branch"));
        }
        try {
            bench.runAll(scenarios);
        } finally {
            bench.server.close();
        }
        bench.results.report(34, "all reliability checks passed");
    }

    private static String loaded(double seconds) {
        return seconds == 0 ? "already there" : String.format("loaded in %.1f s", seconds);
    }

    private void runAll(List<String> scenarios) throws Exception {
        System.out.println("== first start (demo users and demo data are created once)");
        System.out.printf("server answered after %.1f s%n", server.start());
        prepare();
        if (scenarios.contains("startup")) {
            server.stop();
            double boot = server.start();
            Thread.sleep(10_000);
            long idle = server.residentMb();
            String logged = server.logLines("WFLYSRV0025").stream().reduce((a, b) -> b).orElse("")
                    .replaceAll(".*started in (\\d+)ms.*", "$1 ms");
            results.put("start-up: boot + deploy", String.format("%.1f s to the first answer (server log: started in %s)",
                    boot, logged));
            results.put("start-up: resident memory idle", idle + " MB");
        }
        for (String scenario : scenarios) {
            System.out.println("== " + scenario);
            switch (scenario) {
                case "startup" -> { }
                case "intake" -> intake();
                case "queue" -> queue();
                case "profile" -> profile();
                case "retention" -> retention();
                case "dashboard" -> dashboard();
                case "conflicts" -> conflicts();
                case "fuzz" -> fuzz();
                case "timers" -> timers();
                case "crash" -> crash();
                case "outage" -> outage();
                case "attachments" -> attachments();
                case "notifications" -> notifications();
                case "search" -> search();
                case "redeploy" -> redeploy();
                default -> throw new IllegalArgumentException("no scenario " + scenario + "; there are " + ALL);
            }
        }
    }

    /** What the requests need: the demo customers of branch BJ01 (the agent's) and valid classification codes. */
    private void prepare() throws Exception {
        customers = BenchDatabase.agentCustomers();
        codes = new String[] {BenchDatabase.leafCode("B"), BenchDatabase.leafCode("C"),
            BenchDatabase.first("select code from application_type order by code"), BenchDatabase.leafCode("A")};
    }

    private String complaintJson(long customer, String description) {
        return "{\"customerId\":" + customer + ",\"channel\":\"PHONE\",\"businessCategory\":\"" + codes[0]
                + "\",\"cause\":\"" + codes[1] + "\",\"description\":\"" + description + "\"}";
    }

    /**
     * A measured run after a warm-up of the same load (JIT, connection pools, and the first Basic login
     * of each user, whose deliberately slow password hash is then cached), which is not counted. The
     * warm-up is 20 seconds: after 10, the JIT's compiler threads still took half a core of the two
     * compiling the application's code paths, which a server that runs for days has long compiled.
     */
    private Load.Result measure(int clients, Duration duration, Load.Task task) throws InterruptedException {
        Load.run(clients, seconds(20, 3), task);
        return Load.run(clients, duration, task);
    }

    private Duration seconds(int full, int smokeSeconds) {
        return Duration.ofSeconds(smoke ? smokeSeconds : full);
    }

    // --- 1. intake -------------------------------------------------------------------------------

    private void intake() throws Exception {
        int clients = 32;
        Duration duration = seconds(60, 5);
        deleteFloorRows();
        Load.Result floor = onConnections(clients, false, connections ->
                measure(clients, duration, (client, i) -> bareInsert(connections[client], client, i)));
        System.out.println("bare JDBC insert (complaint + audit entry + chain head): " + floor.summary());
        deleteFloorRows();
        // what the server's request path costs before any complaint work: the smallest authenticated call
        Load.Result ceiling = measure(clients, duration, (client, i) -> http.get(client % 2 == 0 ? "agent" : "supervisor",
                "me").status());
        System.out.println("GET /me (the stack alone: Basic, the caller, JSON): " + ceiling.summary());
        // the same call from a load generator written in C: what the Java client's own processor time costs here
        Wrk.Result wrk = Wrk.available() ? Wrk.get(Http.API + "me", "agent", clients, duration) : null;
        if (wrk != null) {
            System.out.println("GET /me with wrk: " + wrk.summary());
            results.put("intake: the stack alone (GET /me) from wrk", String.format("%,.0f/s (p50 %.1f ms) = %.2f of bare JDBC",
                    wrk.rate(), wrk.p50Ms(), wrk.rate() / floor.rate()));
        }
        Load.Result app = measure(clients, duration, (client, i) -> http.post(client % 2 == 0 ? "agent" : "supervisor",
                "complaints", complaintJson(customers.get((int) ((client * 7919L + i) % customers.size())),
                        INTAKE_TEXT), Map.of()).status());
        System.out.println("POST /complaints: " + app.summary());
        // the same intake from wrk: the server's rate without the Java client's own processor time
        Wrk.Result wrkIntake = Wrk.available() ? Wrk.post(Http.API + "complaints", "agent", clients, duration,
                customers.stream().limit(100).map(c -> complaintJson(c, INTAKE_TEXT)).toList()) : null;
        if (wrkIntake != null) {
            System.out.println("POST /complaints with wrk: " + wrkIntake.summary());
            results.put("intake: POST /complaints from wrk", String.format("%,.0f/s (p50 %.0f ms, %d answers outside 2xx)"
                    + " = %.2f of bare JDBC", wrkIntake.rate(), wrkIntake.p50Ms(), wrkIntake.non2xx(),
                    wrkIntake.rate() / floor.rate()));
        }
        double ratio = app.count(201) / app.seconds() / floor.rate();
        results.put("intake: POST /complaints, 32 clients", String.format("%,.0f/s (p50 %.0f ms, p99 %.0f ms, %d errors)"
                + " vs bare JDBC %,.0f/s = %.2f (target ≥ 0.25)", app.count(201) / app.seconds(), app.percentileMs(50),
                app.percentileMs(99), app.errors(), floor.rate(), ratio));
        results.put("intake: the stack alone (GET /me)", String.format("%,.0f/s (p50 %.1f ms, %d errors) = %.2f of bare JDBC",
                ceiling.count(200) / ceiling.seconds(), ceiling.percentileMs(50), ceiling.errors(),
                ceiling.count(200) / ceiling.seconds() / floor.rate()));
        check("intake has no errors", app.errors() == 0);
        results.put("start-up: resident memory after intake", server.residentMb() + " MB");
        sealAfterIntake();
    }

    /**
     * Every complaint the intake registered opened its own audit chain; sealing them all into one anchor
     * must end well within the transaction timeout (under load it once ran into it and rolled back,
     * leaving the chains unsealed at every attempt).
     */
    private void sealAfterIntake() throws Exception {
        String unsealed = "select count(*) from audit_chain where seq > sealed_seq";
        long before = BenchDatabase.count(unsealed);
        Http.Reply seal = http.post("auditor", "audit/anchors", "", Map.of());
        long after = BenchDatabase.count(unsealed);
        results.put("intake: sealing the audit chains", String.format("%,d unsealed chains sealed in %.1f s (%d),"
                + " %,d left", before, seal.nanos() / 1e9, seal.status(), after));
        check("the chains the intake opened are sealed into an anchor", seal.status() == 201 && after < before);
    }

    /** What a floor does with one JDBC connection per client. */
    private interface OnConnections {
        Load.Result run(Connection[] connections) throws Exception;
    }

    /** Runs a floor on one connection per client, closed afterwards. */
    private static Load.Result onConnections(int clients, boolean autoCommit, OnConnections floor) throws Exception {
        Connection[] connections = new Connection[clients];
        try {
            for (int i = 0; i < clients; i++) {
                connections[i] = BenchDatabase.connect();
                connections[i].setAutoCommit(autoCommit);
            }
            return floor.run(connections);
        } finally {
            for (Connection c : connections) {
                if (c != null) {
                    c.close();
                }
            }
        }
    }

    /**
     * Removes the floor's rows (of this run or an interrupted one). Nothing refers to them, so the
     * foreign-key triggers (a scan of each referring table per deleted row) are skipped for this session.
     */
    private static void deleteFloorRows() throws Exception {
        try (Connection c = BenchDatabase.connect(); Statement s = c.createStatement()) {
            s.execute("set session_replication_role = replica");
            s.execute("delete from audit_entry where chain_key like 'BenchFloor:%'");
            s.execute("delete from audit_chain where chain_key like 'BenchFloor:%'");
            s.execute("delete from complaint where reference like 'BF-%'");
        }
    }

    private int bareInsert(Connection c, int client, long i) throws Exception {
        Instant now = Instant.now();
        String reference = "BF-" + floorSequence.incrementAndGet();
        long id;
        try (PreparedStatement insert = c.prepareStatement("insert into complaint (reference, customer_id, branch_code,"
                + " intake_channel, channel_code, business_category, cause_code, region_code, severity, description, status,"
                + " policy_code, received_at, registered_at, registered_by, extension_level, paused_days, decision_due_at,"
                + " escalation_level, review_count, reopen_count, version, clock_started_at) values (?, ?, 'BJ01', 'PHONE', ?, ?,"
                + " ?, '110101', 'MEDIUM', ?, 'RECEIVED', 'CBIRC_2020', ?, ?, 'agent', 0, 0, ?, 0, 0, 0, 0, ?) returning id")) {
            insert.setString(1, reference);
            insert.setLong(2, customers.get((int) ((client * 7919L + i) % customers.size())));
            insert.setString(3, codes[3]);
            insert.setString(4, codes[0]);
            insert.setString(5, codes[1]);
            insert.setString(6, INTAKE_TEXT);
            insert.setTimestamp(7, Timestamp.from(now));
            insert.setTimestamp(8, Timestamp.from(now));
            insert.setTimestamp(9, Timestamp.from(now.plus(15, ChronoUnit.DAYS)));
            insert.setTimestamp(10, Timestamp.from(now));
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        String key = "BenchFloor:" + id;
        String after = "{\"status\":\"RECEIVED\",\"reference\":\"" + reference + "\"}";
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest((key + 1 + now + after).getBytes(StandardCharsets.UTF_8)));
        try (PreparedStatement audit = c.prepareStatement("insert into audit_entry (chain_key, seq, occurred_at, actor,"
                + " action, entity_type, entity_id, after_state, prev_hash, entry_hash) values (?, 1, ?, 'agent', 'REGISTER',"
                + " 'Complaint', ?, ?, ?, ?)");
             // born sealed (sealed_seq = seq), so that the application's sealer never anchors a row the bench deletes
             PreparedStatement head = c.prepareStatement("insert into audit_chain (chain_key, seq, head_hash, sealed_seq)"
                     + " values (?, 1, ?, 1)")) {
            audit.setString(1, key);
            audit.setTimestamp(2, Timestamp.from(now));
            audit.setString(3, Long.toString(id));
            audit.setString(4, after);
            audit.setString(5, "0".repeat(64));
            audit.setString(6, hash);
            audit.executeUpdate();
            head.setString(1, key);
            head.setString(2, hash);
            head.executeUpdate();
        }
        c.commit();
        return 200;
    }

    // --- 2. work queue ---------------------------------------------------------------------------

    private void queue() throws Exception {
        int clients = 16;
        Duration duration = seconds(30, 5);
        Load.Result floor = onConnections(clients, true, connections ->
                measure(clients, duration, (client, i) -> bareQueue(connections[client])));
        System.out.println("bare SQL (page of 50 + count): " + floor.summary());
        String path = "complaints?branch=BJ01&status=INVESTIGATING&overdue=true&sort=decisionDueAt,asc&size=50";
        Http.Reply sample = http.get("supervisor", path);
        String shown = sample.body().replaceAll("(?s)\"items\".*\\],", "");
        System.out.println("sample answer: " + sample.status() + " " + shown.substring(0, Math.min(200, shown.length())));
        Load.Result ceiling = measure(clients, duration, (client, i) -> http.get("supervisor", "me").status());
        System.out.println("GET /me (the stack alone): " + ceiling.summary());
        Load.Result app = measure(clients, duration, (client, i) -> http.get("supervisor", path).status());
        System.out.println("GET " + path + ": " + app.summary());
        results.put("work queue: overdue page of 50, 16 clients", String.format("p95 %.1f ms (p50 %.1f, %,.0f/s, %d errors)"
                + " vs bare SQL p95 %.1f ms = %.2f× (target ≤ 3×)", app.percentileMs(95), app.percentileMs(50), app.rate(),
                app.errors(), floor.percentileMs(95), app.percentileMs(95) / floor.percentileMs(95)));
        results.put("work queue: the stack alone (GET /me)", String.format("p95 %.1f ms (%,.0f/s, %d errors) = %.2f× bare SQL",
                ceiling.percentileMs(95), ceiling.rate(), ceiling.errors(), ceiling.percentileMs(95) / floor.percentileMs(95)));
        check("work queue has no errors", app.errors() == 0);
    }

    // --- retention: a third of the complaints expired, anonymised in batches -----------------------

    /**
     * A third of the complaints not yet anonymised are made to have ended four years ago, twenty of them
     * held; a retention run (started through the API, as the administrator) anonymises them in batches
     * while the work queue keeps being read. Rows per second, the longest batch (one transaction), and the
     * queue's p95 meanwhile; the held complaints untouched and the audit chain intact afterwards.
     */
    private void retention() throws Exception {
        long expired;
        try (Connection c = BenchDatabase.connect(); Statement s = c.createStatement()) {
            s.execute("delete from legal_hold where placed_by = 'bench'"); // an interrupted run's holds
            // every third ended complaint not yet anonymised (so a run on a database an earlier run anonymised finds its third)
            s.execute("update complaint set ended_at = now() - interval '4 years' where id in (select id from (select id,"
                    + " row_number() over (order by id) n from complaint where anonymised_at is null"
                    + " and status in ('CLOSED', 'DECLINED', 'WITHDRAWN', 'MERGED')) t where n % 3 = 0)");
            s.execute("insert into legal_hold (target_type, target_id, reason, placed_by, placed_at)"
                    + " select 'COMPLAINT', id, 'bench', 'bench', now() from complaint where anonymised_at is null"
                    + " and ended_at < now() - interval '3 years' and business_category <> 'B0602' order by id limit 20");
            s.execute("analyze complaint");
        }
        // credit-report disputes (B0602) are kept five years: not yet expired
        expired = BenchDatabase.count("select count(*) from complaint where anonymised_at is null"
                + " and ended_at < now() - interval '3 years' and business_category <> 'B0602'");
        System.out.printf("%,d complaints (other than credit-report disputes) ended more than three years ago, 20 of them"
                + " held%n", expired);
        Http.Reply started = http.post("admin", "retention/runs", "{\"dryRun\":false}", Map.of());
        check("the retention run starts", started.status() == 202);
        String location = Http.API + "retention/runs/" + started.body().replaceAll("(?s).*\"id\":(\\d+).*", "$1");
        long t0 = System.nanoTime();
        String path = "complaints?branch=BJ01&status=INVESTIGATING&overdue=true&sort=decisionDueAt,asc&size=50";
        java.util.concurrent.atomic.AtomicBoolean finished = new java.util.concurrent.atomic.AtomicBoolean();
        String[] last = {""};
        Thread poller = new Thread(() -> {
            try {
                while (!finished.get()) {
                    String body = http.get("admin", location).body();
                    last[0] = body;
                    if (!body.contains("\"status\":\"RUNNING\"")) {
                        finished.set(true);
                    }
                    Thread.sleep(1000);
                }
            } catch (Exception e) {
                finished.set(true);
            }
        });
        poller.start();
        Load.Result queue = Load.run(4, finished::get, Long.MAX_VALUE, (client, i) -> http.get("supervisor", path).status());
        poller.join();
        double seconds = (System.nanoTime() - t0) / 1e9;
        String run = last[0];
        // the complaints' outcome: {"action":…,"done":N,…,"kind":"COMPLAINT",…} (the keys in alphabetical order)
        Matcher outcome = Pattern.compile("\\{[^{}]*\"kind\":\"COMPLAINT\"[^{}]*\\}").matcher(run);
        long done = outcome.find() ? Long.parseLong(outcome.group().replaceAll(".*\"done\":(\\d+).*", "$1")) : -1;
        long longest = Long.parseLong(run.replaceAll("(?s).*\"longestBatchMillis\":(\\d+).*", "$1"));
        System.out.println("run: " + run.substring(0, Math.min(600, run.length())));
        results.put("retention: anonymising a third of the complaints", String.format("%,d complaints (and their files,"
                + " customers) in %.0f s = %,.0f complaints/s; longest batch (one transaction of 500) %,d ms;"
                + " work queue meanwhile p95 %.0f ms (%d errors)", done, seconds, done / seconds, longest,
                queue.percentileMs(95), queue.errors()));
        check("the run ended", run.contains("\"status\":\"DONE\""));
        check("every expired complaint not held was anonymised", done == expired - 20);
        check("the held complaints are untouched", BenchDatabase.count("select count(*) from complaint c join legal_hold h"
                + " on h.target_id = c.id and h.target_type = 'COMPLAINT' and h.placed_by = 'bench' where c.anonymised_at is not null") == 0);
        Http.Reply verify = http.get("auditor", "audit/verify");
        check("the audit chain verifies after the run", verify.status() == 200 && verify.body().contains("\"intact\":true"));
        try (Connection c = BenchDatabase.connect(); Statement s = c.createStatement()) {
            s.execute("delete from legal_hold where placed_by = 'bench'");
        }
    }

    // --- profile: where the time of the smallest call and of an intake goes ---------------------------

    /**
     * The server under a flight recording, first while wrk sends GET /me (the smallest authenticated call),
     * then while the Java client registers complaints: where the request threads' processor time goes.
     */
    private void profile() throws Exception {
        int clients = 32;
        Duration duration = seconds(20, 5);
        Path dir = Files.createDirectories(Path.of("target", "profiles"));
        if (Wrk.available()) {
            Wrk.get(Http.API + "me", "agent", clients, seconds(20, 3));
            Path me = dir.resolve("me.jfr");
            server.startRecording(me);
            Wrk.Result wrk = Wrk.get(Http.API + "me", "agent", clients, duration);
            server.stopRecording();
            System.out.println("GET /me with wrk, recorded: " + wrk.summary());
            System.out.println("profile of GET /me (" + me + "):\n" + Profiles.requestThreads(me, 15));
        }
        Load.Task intake = (client, i) -> http.post(client % 2 == 0 ? "agent" : "supervisor", "complaints",
                complaintJson(customers.get((int) ((client * 7919L + i) % customers.size())), INTAKE_TEXT), Map.of()).status();
        Load.run(clients, seconds(20, 3), intake);
        Path complaints = dir.resolve("intake.jfr");
        server.startRecording(complaints);
        Load.Result app = Load.run(clients, duration, intake);
        server.stopRecording();
        System.out.println("POST /complaints, recorded: " + app.summary());
        System.out.println("profile of POST /complaints (" + complaints + "):\n" + Profiles.requestThreads(complaints, 15));
        check("the profiled intake has no errors", app.errors() == 0);
    }

    private static int bareQueue(Connection c) throws Exception {
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement page = c.prepareStatement("select c.*, cu.name from complaint c join customer cu on cu.id ="
                + " c.customer_id" + QUEUE_WHERE + " order by c.decision_due_at, c.id limit 50");
             PreparedStatement count = c.prepareStatement("select count(*) from complaint c" + QUEUE_WHERE)) {
            for (PreparedStatement s : List.of(page, count)) {
                s.setString(1, "BJ01");
                s.setTimestamp(2, now);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        rs.getLong(1);
                    }
                }
            }
        }
        return 200;
    }

    // --- search ------------------------------------------------------------------------------------

    /**
     * {@code GET /search} over every complaint (the auditor's scope), 16 clients per term: two, three
     * and six Chinese characters, a card's last digits and a reference's beginning; beside each, the
     * statements the service runs for it in bare SQL on 16 connections (the customers the term names,
     * the count, the page of 20).
     */
    private void search() throws Exception {
        int clients = 16;
        Duration duration = seconds(20, 4);
        String reference;
        try (Connection c = BenchDatabase.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select max(reference) from complaint where reference like 'BM-%'")) {
            rs.next();
            reference = rs.getString(1).substring(0, 12);
        }
        Map<String, String> terms = new LinkedHashMap<>();
        terms.put("2 characters", "年费");
        terms.put("3 characters", "被调低");
        terms.put("6 characters", "外币兑换汇率");
        terms.put("card digits", "尾号4821");
        terms.put("reference prefix", reference);
        boolean clean = true;
        for (Map.Entry<String, String> term : terms.entrySet()) {
            String q = term.getValue();
            Load.Result floor = onConnections(clients, true, connections ->
                    measure(clients, duration, (client, i) -> bareSearch(connections[client], q)));
            String path = "search?type=complaint&size=20&q=" + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8);
            Matcher total = Pattern.compile("\"total\"\\s*:\\s*(\\d+)").matcher(http.get("auditor", path).body());
            long hits = total.find() ? Long.parseLong(total.group(1)) : -1;
            Load.Result app = measure(clients, duration, (client, i) -> http.get("auditor", path).status());
            double p95 = app.percentileMs(95);
            String verdict = q.codePointCount(0, q.length()) < 3 ? "no target below three characters"
                    : "target p95 ≤ 150 ms and ≤ 2×: " + (p95 <= 150 && p95 <= 2 * floor.percentileMs(95) ? "met" : "not met");
            results.put("search: " + term.getKey() + " «" + q + "»", String.format("p95 %.1f ms (p50 %.1f, %,.0f/s, %d errors,"
                    + " %,d hits) vs bare SQL p95 %.1f ms (p50 %.1f) = %.2f× (%s)", p95, app.percentileMs(50), app.rate(),
                    app.errors(), hits, floor.percentileMs(95), floor.percentileMs(50), p95 / floor.percentileMs(95), verdict));
            clean &= app.errors() == 0 && hits > 0;
        }
        check("search answers every term without errors and finds each", clean);
    }

    /**
     * The statements {@code SearchService} runs for a term over every complaint, in bare SQL: the
     * customers the term names, the page's ranking with the count in the same pass, and the texts of
     * the page's hits.
     */
    private static int bareSearch(Connection c, String q) throws Exception {
        String pattern = "%" + com.servicedesk.shared.Queries.likeEscaped(q) + "%";
        try (PreparedStatement customers = c.prepareStatement("select id from customer where name like ? escape '!'"
                + " order by id desc limit 500");
             PreparedStatement ranks = c.prepareStatement("select x.id, x.reference, x.received_at, count(*) over ()"
                     + " from complaint x where (x.search_text ilike ? escape '!') order by case when x.reference ilike ?"
                     + " escape '!' then 0 else 1 end, x.received_at desc, x.id desc limit 20");
             PreparedStatement texts = c.prepareStatement("select x.id, x.reference, x.received_at, cu.name, x.description,"
                     + " x.resolution, x.root_cause from complaint x join customer cu on cu.id = x.customer_id"
                     + " where x.id = any (?)")) {
            customers.setString(1, pattern);
            ranks.setString(1, pattern);
            ranks.setString(2, pattern.substring(1));
            try (ResultSet rs = customers.executeQuery()) {
                while (rs.next()) {
                    rs.getLong(1);
                }
            }
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = ranks.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            texts.setArray(1, c.createArrayOf("bigint", ids.toArray()));
            try (ResultSet rs = texts.executeQuery()) {
                while (rs.next()) {
                    rs.getString(5);
                }
            }
        }
        return 200;
    }

    // --- 3. dashboard ----------------------------------------------------------------------------

    private void dashboard() throws Exception {
        int clients = 8;
        Http[] sessions = new Http[clients];
        for (int i = 0; i < clients; i++) {
            sessions[i] = Http.portal(i % 2 == 0 ? "supervisor" : "manager");
        }
        Http.Reply first = sessions[0].page("index.xhtml");
        check("the dashboard renders for a logged-in user", first.status() == 200 && first.body().contains("</html>"));
        Load.Result app = measure(clients, seconds(30, 5), (client, i) -> {
            Http.Reply page = sessions[client].page("index.xhtml");
            return page.status() == 200 && !page.body().contains("login.xhtml\"") ? 200 : page.status() + 1000;
        });
        System.out.println("GET index.xhtml: " + app.summary());
        results.put("portal dashboard, 8 sessions", String.format("p95 %.0f ms (p50 %.0f ms, %,.1f pages/s, %d errors)"
                + " (target ≤ 300 ms)", app.percentileMs(95), app.percentileMs(50), app.rate(), app.errors()));
        check("dashboard has no errors", app.errors() == 0);
    }

    // --- reliability 1. conflicts ----------------------------------------------------------------

    private void conflicts() throws Exception {
        int rounds = smoke ? 5 : 100;
        int clients = 32;
        long id = register("agent", "冲突测试：并发状态变更。", null);
        Http.Reply accepted = http.post("agent", "complaints/" + id + "/transitions", "{\"action\":\"ACCEPT\"}", Map.of());
        check("the conflict complaint is accepted", accepted.status() == 200);
        long firstVersion = version(http.get("agent", "complaints/" + id));
        int cleanRounds = 0;
        Map<Integer, Long> statuses = new TreeMap<>();
        for (int round = 0; round < rounds; round++) {
            String action = round % 2 == 0 ? "PAUSE_CLOCK" : "RESUME_CLOCK";
            String etag = http.get("agent", "complaints/" + id).etag();
            CyclicBarrier start = new CyclicBarrier(clients);
            Load.Result r = Load.run(clients, () -> false, 1, (client, i) -> {
                start.await();
                Map<String, String> ifMatch = client % 2 == 0 ? Map.of("If-Match", etag) : Map.of();
                return http.post("agent", "complaints/" + id + "/transitions", "{\"action\":\"" + action
                        + "\",\"reason\":\"委托外部鉴定 " + client + "\"}", ifMatch).status();
            });
            r.statuses().forEach((k, v) -> statuses.merge(k, v, Long::sum));
            if (r.count(200) == 1 && r.count(409) + r.count(412) == clients - 1) {
                cleanRounds++;
            }
        }
        long lastVersion = version(http.get("agent", "complaints/" + id));
        String history = http.get("agent", "complaints/" + id + "/history").body();
        int recorded = count(history, "\"PAUSE_CLOCK\"") + count(history, "\"RESUME_CLOCK\"");
        Http.Reply verify = http.get("auditor", "audit/verify");
        boolean intact = verify.body().contains("\"intact\":true");
        results.put("conflicts: " + rounds + " rounds × 32", String.format("%d rounds with exactly one winner; statuses %s;"
                + " version +%d, %d transitions in the history; audit chain %s", cleanRounds, statuses,
                lastVersion - firstVersion, recorded, intact ? "verifies" : "BROKEN " + verify.body()));
        check("every conflict round has exactly one winner", cleanRounds == rounds);
        check("no update lost (version and history count every winner)", lastVersion - firstVersion == rounds && recorded == rounds);
        check("the audit chain verifies after the conflicts", intact);
    }

    private long register(String user, String description, String key) throws Exception {
        Http.Reply reply = http.post(user, "complaints", complaintJson(customers.get(0), description),
                key == null ? Map.of() : Map.of("Idempotency-Key", key));
        if (reply.status() != 201) {
            throw new IllegalStateException("could not register a complaint: " + reply.status() + " " + reply.body());
        }
        return number(ID, reply.body());
    }

    private static long version(Http.Reply reply) {
        return number(VERSION, reply.body());
    }

    /** The first number {@code pattern} captures in {@code body} ({@link #ID}: a JSON answer's id). */
    static long number(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no " + pattern + " in " + body);
        }
        return Long.parseLong(m.group(1));
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    // --- reliability 4. bad input ----------------------------------------------------------------

    private static final List<String> STORED = List.of("complaint", "service_request", "business_application", "customer",
            "return_visit", "follow_up", "improvement_action", "assessment_standard", "assessment_period", "security_policy",
            "policy_acknowledgement", "training_session", "training_attendance", "security_audit", "audit_finding", "app_user",
            "report_archive", "idempotency_record");

    private void fuzz() throws Exception {
        int total = smoke ? 500 : 10_000;
        long seed = 20_261_130L;
        Map<String, Long> before = rowCounts();
        BadInput generator = new BadInput(seed, Long.parseLong(BenchDatabase.first("select min(id) from complaint"
                + " where status = 'CLOSED' and branch_code = 'BJ01' and reference like 'TS-%'")),
                Long.parseLong(BenchDatabase.first("select min(id) from service_request where status = 'CLOSED'"
                        + " and branch_code = 'BJ01' and reference not like 'BS-%'")),
                Long.parseLong(BenchDatabase.first("select min(id) from business_application where status = 'COMPLETED'"
                        + " and branch_code = 'BJ01'")), customers.get(0), codes);
        List<BadInput.Request> requests = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            requests.add(generator.next());
        }
        Map<String, Map<Integer, Long>> byKind = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> serverErrors = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> accepted = new ConcurrentLinkedQueue<>();
        AtomicInteger next = new AtomicInteger();
        int clients = 4;
        Load.Result r = Load.run(clients, () -> next.get() >= total, Long.MAX_VALUE, (client, i) -> {
            int n = next.getAndIncrement();
            if (n >= total) {
                return 0;
            }
            BadInput.Request q = requests.get(n);
            Map<String, String> headers = q.authorization() == null || q.authorization().isEmpty() ? Map.of()
                    : Map.of("Authorization", q.authorization());
            int status = http.send(q.user(), q.method(), q.path(), q.contentType(), q.body(), headers).status();
            byKind.computeIfAbsent(q.kind(), k -> new ConcurrentHashMap<>()).merge(status, 1L, Long::sum);
            String shown = q.method() + " " + q.path() + " [" + q.kind() + "] " + (q.body() == null ? ""
                    : q.body().substring(0, Math.min(120, q.body().length())));
            if (status >= 500 || status == Load.IO_ERROR) {
                serverErrors.add(status + " " + shown);
            } else if (status < 300 && !q.method().equals("GET")) {
                accepted.add(status + " " + shown);
            }
            return status;
        });
        Map<String, Long> after = rowCounts();
        Map<String, String> changed = new TreeMap<>();
        before.forEach((table, n) -> {
            if (!after.get(table).equals(n)) {
                changed.put(table, n + " → " + after.get(table));
            }
        });
        byKind.forEach((kind, statuses) -> System.out.println("  " + kind + ": " + new TreeMap<>(statuses)));
        serverErrors.stream().limit(15).forEach(e -> System.out.println("  5xx: " + e));
        accepted.stream().limit(15).forEach(e -> System.out.println("  accepted: " + e));
        results.put("bad input: " + total + " requests (seed " + seed + ")", String.format("%d endpoints; statuses %s;"
                + " %d server errors; %d writes accepted; stored rows changed: %s", generator.endpointCount(),
                r.statuses().entrySet().stream().filter(e -> e.getKey() != 0).collect(TreeMap::new,
                        (m, e) -> m.put(e.getKey(), e.getValue()), TreeMap::putAll), serverErrors.size(), accepted.size(),
                changed.isEmpty() ? "none" : changed));
        check("no 5xx under bad input", serverErrors.isEmpty());
        check("nothing stored by a rejected request", changed.isEmpty() && accepted.isEmpty());
    }

    private static Map<String, Long> rowCounts() throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : STORED) {
            counts.put(table, BenchDatabase.count("select count(*) from " + table));
        }
        // logins (a wrong password is audited) and the timers' escalations (a deadline may pass meanwhile)
        // are not stored by the bad requests themselves
        counts.put("audit_entry (not logins or timers)", BenchDatabase.count("select count(*) from audit_entry"
                + " where entity_type <> 'StaffUser' and actor <> 'system'"));
        return counts;
    }

    // --- reliability 5. timers -------------------------------------------------------------------

    private void timers() throws Exception {
        int items = smoke ? 1_000 : 5_000;
        String prefix = "BT-" + run + "-";
        BenchDatabase.insertDueComplaints(prefix, "定时器测试", items, customers, codes);
        String count = "select count(*) from audit_entry e join complaint c on e.entity_type = 'Complaint' and e.entity_id"
                + " = cast(c.id as varchar) and e.action = 'ESCALATE' where c.reference like '" + prefix + "%'";
        // the escalation job runs; the server is killed in the middle of it, restarts, and the job runs again
        String[] firstRun = {"killed before it answered"};
        Thread job = new Thread(() -> {
            try {
                Http.Reply reply = http.post("admin", Http.TEST_KIT + "jobs/complaint-escalation", "", Map.of());
                firstRun[0] = reply.status() + " " + reply.body() + " after " + reply.nanos() / 1_000_000 + " ms";
            } catch (IOException | InterruptedException ignored) {
                // the server is killed under it
            }
        });
        job.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String escalated = "select count(*) from complaint where reference like '" + prefix + "%' and escalation_level > 0";
        while (BenchDatabase.count(escalated) < items / 3 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        server.kill();
        job.join();
        long beforeRestart = BenchDatabase.count(count);
        System.out.println("  first run: " + firstRun[0] + "; " + beforeRestart + " escalated when the server was killed");
        server.start();
        Load.run(2, () -> false, 1, (client, i) ->
                http.post("admin", Http.TEST_KIT + "jobs/complaint-escalation", "", Map.of()).status());
        long escalations = BenchDatabase.count(count);
        long duplicated = BenchDatabase.count("select count(*) from (select e.entity_id from audit_entry e join complaint c"
                + " on e.entity_type = 'Complaint' and e.entity_id = cast(c.id as varchar) and e.action = 'ESCALATE' where"
                + " c.reference like '" + prefix + "%' group by e.entity_id having count(*) > 1) d");
        long atLevel = BenchDatabase.count("select count(*) from complaint where reference like '" + prefix
                + "%' and escalation_level = 1");
        results.put("timers: " + items + " due complaints, kill -9 mid-run", String.format("%d escalated before the kill,"
                + " %d in all after the restart and two concurrent runs; %d escalated twice; %d at level 1",
                beforeRestart, escalations, duplicated, atLevel));
        check("the escalation fires exactly once per due complaint across a restart",
                escalations == items && duplicated == 0 && atLevel == items);
    }

    // --- reliability 2. crash --------------------------------------------------------------------

    private void crash() throws Exception {
        int clients = 32;
        Duration before = seconds(20, 15); // at smoke size too past the first Basic logins of 32 cold clients
        String prefix = "crash-" + run + "-";
        Map<String, Long> acknowledged = new ConcurrentHashMap<>();
        Set<String> unanswered = ConcurrentHashMap.newKeySet();
        AtomicBoolean killed = new AtomicBoolean();
        Thread killer = new Thread(() -> {
            try {
                Thread.sleep(before.toMillis());
                server.kill();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                killed.set(true);
            }
        });
        killer.start();
        Load.Result load = Load.run(clients, killed::get, Long.MAX_VALUE, (client, i) ->
                idempotentIntake(prefix + client + "-" + i, acknowledged, unanswered));
        killer.join();
        int atCrash = unanswered.size();
        long acknowledgedBeforeCrash = acknowledged.size();
        String receivedEvents = "select count(*) from domain_event e join complaint c on c.id = e.aggregate_id"
                + " where e.aggregate_type = 'complaint' and e.event_type = 'complaint.received'"
                + " and c.description like '" + prefix + "%'";
        long unsentAtKill = BenchDatabase.count(receivedEvents + " and e.published_at is null");
        server.start();
        int replayed = 0;
        for (String key : new ArrayList<>(unanswered)) {
            Http.Reply reply = http.post("agent", "complaints", complaintJson(customers.get(0), key), Map.of("Idempotency-Key", key));
            if (reply.status() == 201) {
                acknowledged.put(key, number(ID, reply.body()));
                unanswered.remove(key);
                replayed++;
            }
        }
        long lost = lost(acknowledged.values());
        long duplicates = BenchDatabase.count("select count(*) from (select description from complaint where description"
                + " like '" + prefix + "%' group by description having count(*) > 1) d");
        long stored = BenchDatabase.count("select count(*) from complaint where description like '" + prefix + "%'");
        results.put("crash: kill -9 under intake", String.format("%,d answered 201 before the kill (%s), %d unanswered"
                + " retried with their Idempotency-Key after the restart (%d answered); %d of the acknowledged missing;"
                + " %d duplicates; %d stored for %d keys", acknowledgedBeforeCrash, load.statuses(), atCrash, replayed, lost,
                duplicates, stored, acknowledged.size()));
        check("every complaint answered 201 exists after kill -9", lost == 0);
        check("retries with an Idempotency-Key create no duplicates", duplicates == 0 && stored == acknowledged.size()
                && unanswered.isEmpty());
        Instant until = Instant.now().plusSeconds(60);
        long unsent;
        while ((unsent = BenchDatabase.count(receivedEvents + " and e.published_at is null")) > 0
                && Instant.now().isBefore(until)) {
            Thread.sleep(500);
        }
        long events = BenchDatabase.count(receivedEvents);
        results.put("crash: domain events across kill -9", String.format("%,d complaint.received events committed"
                + " but not yet sent at the kill, %d unsent a minute after the restart; %d events for %d stored complaints",
                unsentAtKill, unsent, events, stored));
        check("an event committed before kill -9 is published after the restart, one per complaint",
                unsent == 0 && events == stored);
    }

    /** POST /complaints with an Idempotency-Key; keeps what was acknowledged and what is still unanswered. */
    private int idempotentIntake(String key, Map<String, Long> acknowledged, Set<String> unanswered) throws Exception {
        try {
            Http.Reply reply = http.post("agent", "complaints", complaintJson(customers.get(0), key),
                    Map.of("Idempotency-Key", key));
            if (reply.status() == 201) {
                acknowledged.put(key, number(ID, reply.body()));
            } else {
                unanswered.add(key);
            }
            return reply.status();
        } catch (IOException e) {
            unanswered.add(key);
            Thread.sleep(20);
            throw e;
        }
    }

    private static long lost(java.util.Collection<Long> ids) throws Exception {
        if (ids.isEmpty()) {
            return 0;
        }
        Set<Long> wanted = new LinkedHashSet<>(ids);
        try (Connection c = BenchDatabase.connect(); PreparedStatement s = c.prepareStatement(
                "select count(*) from complaint where id = any (?)")) {
            s.setArray(1, c.createArrayOf("bigint", wanted.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return wanted.size() - rs.getLong(1);
            }
        }
    }

    // --- reliability 3. database outage ----------------------------------------------------------

    private void outage() throws Exception {
        if (System.getenv("BENCH_PG_CTL") == null && !java.nio.file.Files.isDirectory(java.nio.file.Path.of("/etc/postgresql"))) {
            results.put("outage", "skipped: this machine's PostgreSQL cannot be stopped from here (set BENCH_PG_CTL)");
            return;
        }
        int clients = 16;
        Duration lead = seconds(10, 3);
        Duration down = seconds(10, 5);
        Duration tail = seconds(20, 10);
        String prefix = "outage-" + run + "-";
        Map<String, Long> acknowledged = new ConcurrentHashMap<>();
        Set<String> unanswered = ConcurrentHashMap.newKeySet();
        // when PostgreSQL had stopped and when it was back (written by the dba thread, read by the clients)
        AtomicLongArray window = new AtomicLongArray(2);
        List<long[]> calls = java.util.Collections.synchronizedList(new ArrayList<>());
        Thread dba = new Thread(() -> {
            try {
                Thread.sleep(lead.toMillis());
                postgres("stop");
                window.set(0, System.nanoTime());
                Thread.sleep(down.toMillis());
                postgres("start");
                window.set(1, System.nanoTime());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        dba.start();
        // the tail is counted from PostgreSQL's return, however long stopping and starting it took
        Load.run(clients, () -> window.get(1) != 0 ? System.nanoTime() >= window.get(1) + tail.toNanos() : !dba.isAlive(), Long.MAX_VALUE, (client, i) -> {
            long t0 = System.nanoTime();
            int status;
            try {
                status = client % 2 == 0 ? idempotentIntake(prefix + client + "-" + i, acknowledged, unanswered)
                        : http.get("supervisor", "complaints?overdue=true&sort=decisionDueAt,asc&size=50").status();
            } catch (IOException e) {
                status = Load.IO_ERROR;
            }
            calls.add(new long[] {t0, System.nanoTime(), status});
            return status;
        });
        dba.join();
        if (window.get(1) == 0) {
            throw new IllegalStateException("PostgreSQL was not restarted: see the output above");
        }
        long stopped = window.get(0);
        long restarted = window.get(1);
        Map<Integer, Long> during = new TreeMap<>();
        long slowestFailureMs = 0;
        long recoveredAfterMs = -1;
        long otherServerErrors = 0;
        for (long[] call : calls) {
            boolean inOutage = call[1] >= stopped && call[0] <= restarted;
            if (inOutage) {
                during.merge((int) call[2], 1L, Long::sum);
                if (call[2] >= 500 || call[2] < 0) {
                    slowestFailureMs = Math.max(slowestFailureMs, (call[1] - call[0]) / 1_000_000);
                }
            }
            if (call[2] >= 500 && call[2] != 503) {
                otherServerErrors++;
            }
            if (call[0] > restarted && call[2] >= 200 && call[2] < 300) {
                long after = (call[1] - restarted) / 1_000_000;
                recoveredAfterMs = recoveredAfterMs < 0 ? after : Math.min(recoveredAfterMs, after);
            }
        }
        List<long[]> late = calls.stream().filter(c -> c[0] > restarted + Duration.ofSeconds(5).toNanos()
                && (c[2] >= 500 || c[2] < 0)).toList();
        long lateFailures = late.size();
        // what each late failure was, and when it started and ended after PostgreSQL was back (to tell a slow
        // restart of the database from a pool that does not heal)
        String lateDetail = late.stream().limit(10).map(c -> String.format("%d at +%d..+%d ms", c[2],
                (c[0] - restarted) / 1_000_000, (c[1] - restarted) / 1_000_000)).toList().toString();
        for (String key : new ArrayList<>(unanswered)) {
            Http.Reply reply = http.post("agent", "complaints", complaintJson(customers.get(0), key), Map.of("Idempotency-Key", key));
            if (reply.status() == 201) {
                acknowledged.put(key, number(ID, reply.body()));
                unanswered.remove(key);
            }
        }
        long lost = lost(acknowledged.values());
        results.put("outage: PostgreSQL stopped " + down.toSeconds() + " s", String.format("answers while down %s, slowest"
                + " failure %d ms; other 5xx %d; first success %d ms after PostgreSQL was back, %d failures later than 5 s"
                + " after%s; %d acknowledged, %d missing", during, slowestFailureMs, otherServerErrors, recoveredAfterMs,
                lateFailures, late.isEmpty() ? "" : " " + lateDetail, acknowledged.size(), lost));
        check("requests fail fast with 503 while the database is down", slowestFailureMs < 6_000 && otherServerErrors == 0
                && during.getOrDefault(503, 0L) > 0);
        if (!late.isEmpty()) { // the server's own account of the late failures, for the CI log
            List<String> errors = server.logLines(" ERROR ");
            errors.subList(Math.max(0, errors.size() - 15), errors.size()).forEach(l -> System.out.println("    server: " + l.substring(0, Math.min(l.length(), 300))));
        }
        check("the server recovers by itself", recoveredAfterMs >= 0 && lateFailures == 0);
        check("nothing acknowledged is lost in the outage", lost == 0 && unanswered.isEmpty());
    }

    /** Stops or starts the machine's PostgreSQL cluster ({@code BENCH_PG_CTL} overrides the command). */
    private static void postgres(String action) throws Exception {
        String command = System.getenv().getOrDefault("BENCH_PG_CTL",
                "pg_ctlcluster $(ls /etc/postgresql | head -1) main");
        Process p = new ProcessBuilder("bash", "-c", command + " " + action + (action.equals("stop") ? " -m fast" : ""))
                .inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("could not " + action + " PostgreSQL: " + command);
        }
        System.out.printf("  PostgreSQL %s at %s%n", action.equals("stop") ? "stopped" : "started", Instant.now());
    }

    // --- evidence files --------------------------------------------------------------------------

    /**
     * One large evidence file up and down through the API, against writing and reading the same bytes
     * in the same 256 KB chunks with bare JDBC; the server's heap is sampled while the file moves.
     */
    private void attachments() throws Exception {
        int megabytes = smoke ? 5 : 50;
        long size = megabytes * 1024L * 1024 - 1;
        byte[] head = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        java.util.function.Supplier<java.io.InputStream> content = () -> new java.io.InputStream() {
            private long sent;

            @Override
            public int read() {
                return sent < size ? sent < head.length ? head[(int) sent++] : (int) (sent++ * 31 % 251) : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                int n = 0;
                while (n < len && sent < size) {
                    b[off + n++] = (byte) read();
                }
                return n == 0 ? -1 : n;
            }
        };
        MessageDigest expected = MessageDigest.getInstance("SHA-256");
        try (java.io.InputStream in = content.get()) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer, 0, buffer.length)) > 0; ) {
                expected.update(buffer, 0, n);
            }
        }
        String sha = HexFormat.of().formatHex(expected.digest());

        // bare JDBC: the same chunks into a scratch table and back
        long jdbcWrite;
        long jdbcRead;
        try (Connection c = BenchDatabase.connect(); Statement s = c.createStatement()) {
            s.execute("create table if not exists bench_blob (seq integer primary key, data bytea not null)");
            s.execute("truncate bench_blob");
            c.setAutoCommit(false);
            long started = System.nanoTime();
            try (java.io.InputStream in = content.get();
                 PreparedStatement insert = c.prepareStatement("insert into bench_blob values (?, ?)")) {
                byte[] chunk = new byte[256 * 1024];
                int seq = 0;
                for (int n; (n = in.readNBytes(chunk, 0, chunk.length)) > 0; ) {
                    insert.setInt(1, seq++);
                    insert.setBytes(2, java.util.Arrays.copyOf(chunk, n));
                    insert.executeUpdate();
                }
            }
            c.commit();
            jdbcWrite = System.nanoTime() - started;
            started = System.nanoTime();
            MessageDigest back = MessageDigest.getInstance("SHA-256");
            try (PreparedStatement select = c.prepareStatement("select data from bench_blob where seq = ?")) {
                for (int seq = 0; ; seq++) {
                    select.setInt(1, seq);
                    try (ResultSet rs = select.executeQuery()) {
                        if (!rs.next()) {
                            break;
                        }
                        back.update(rs.getBytes(1));
                    }
                }
            }
            jdbcRead = System.nanoTime() - started;
            c.commit();
            s.execute("drop table bench_blob");
            c.commit();
        }

        long complaint = id(http.post("agent", "complaints", complaintJson(customers.get(0), "基准测试：上传通话录音。"), Map.of()));
        long heapBefore = server.heapUsedMb();
        AtomicLong peak = new AtomicLong(heapBefore);
        AtomicBoolean moving = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (moving.get()) {
                try {
                    peak.accumulateAndGet(server.heapUsedMb(), Math::max);
                    Thread.sleep(200);
                } catch (Exception e) {
                    return;
                }
            }
        });
        sampler.start();
        Http.Reply up;
        Http.Reply down;
        MessageDigest received = MessageDigest.getInstance("SHA-256");
        try {
            up = http.upload("agent", "complaints/" + complaint + "/attachments", "application/pdf", "录音.pdf", content);
            long attachment = id(up);
            down = http.download("agent", "complaints/" + complaint + "/attachments/" + attachment + "/content",
                    received::update);
        } finally {
            moving.set(false);
            sampler.join();
        }
        double mb = size / 1024.0 / 1024.0;
        results.put("attachments: " + megabytes + " MB upload", String.format("%.1f MB/s (%.1f s, %d) vs bare JDBC"
                + " %.1f MB/s = %.2f", mb / (up.nanos() / 1e9), up.nanos() / 1e9, up.status(), mb / (jdbcWrite / 1e9),
                (double) jdbcWrite / up.nanos()));
        results.put("attachments: " + megabytes + " MB download", String.format("%.1f MB/s (%.1f s, %d) vs bare JDBC"
                + " %.1f MB/s = %.2f", mb / (down.nanos() / 1e9), down.nanos() / 1e9, down.status(), mb / (jdbcRead / 1e9),
                (double) jdbcRead / down.nanos()));
        results.put("attachments: server heap while the file moved", String.format("%d MB before, %d MB at the most"
                + " (sampled every 200 ms)", heapBefore, peak.get()));
        check("the upload is stored (201)", up.status() == 201);
        check("the download is byte-identical to the upload",
                down.status() == 200 && sha.equals(HexFormat.of().formatHex(received.digest())) && sha.equals(down.etag()));
    }

    /**
     * A letter's e-mail survives {@code kill -9} in the middle of its delivery and reaches the customer
     * once afterwards. The relay first takes the connection and never answers, so the send hangs with
     * its notification claimed; the server is killed then; a real SMTP server (GreenMail) takes the
     * relay's port, the server restarts, and the claim runs out and the outbox sends again.
     */
    private void notifications() throws Exception {
        long customer = customers.get(customers.size() - 1);
        String email = "{\"email\":\"bench.notify@example.com\",\"preferredChannel\":\"EMAIL\"}";
        check("the customer takes an e-mail address", http.send("agent", "PATCH", "customers/" + customer, "application/json",
                email, Map.of()).status() == 200);
        Http.Reply created = http.post("agent", "complaints", complaintJson(customer, "基准测试：告知书送达。"), Map.of());
        long complaint = id(created);
        Matcher ref = Pattern.compile("\"reference\"\\s*:\\s*\"([^\"]+)\"").matcher(created.body());
        String reference = ref.find() ? ref.group(1) : "?";
        Thread sender = null;
        long killedAfter;
        try (java.net.ServerSocket relay = new java.net.ServerSocket(BenchServer.SMTP_PORT, 50,
                java.net.InetAddress.getLoopbackAddress())) {
            relay.setSoTimeout(60_000);
            check("ACCEPT writes the acceptance letter", http.post("agent", "complaints/" + complaint + "/transitions",
                    "{\"action\":\"ACCEPT\"}", Map.of()).status() == 200);
            long started = System.nanoTime();
            sender = new Thread(() -> {
                try {
                    http.post("admin", Http.TEST_KIT + "jobs/notifications", "", Map.of());
                } catch (Exception killed) {
                    // the server dies under this request
                }
            });
            sender.start();
            try (java.net.Socket hung = relay.accept()) {
                killedAfter = (System.nanoTime() - started) / 1_000_000;
                server.kill();
            }
        }
        sender.join();
        com.icegreen.greenmail.util.GreenMail mail = new com.icegreen.greenmail.util.GreenMail(
                new com.icegreen.greenmail.util.ServerSetup(BenchServer.SMTP_PORT, "127.0.0.1", "smtp"));
        mail.start();
        try {
            double boot = server.start();
            long restarted = System.nanoTime();
            String status = "";
            String notification = "";
            while (System.nanoTime() - restarted < 120_000_000_000L && !status.equals("SENT")) {
                Thread.sleep(2_000);
                http.post("admin", Http.TEST_KIT + "jobs/notifications", "", Map.of());
                notification = http.get("agent", "complaints/" + complaint + "/notifications").body();
                Matcher s = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z]+)\"").matcher(notification);
                status = s.find() ? s.group(1) : "";
            }
            double deliveredAfter = (System.nanoTime() - restarted) / 1e9;
            Thread.sleep(3_000);
            long copies = java.util.Arrays.stream(mail.getReceivedMessages()).filter(m -> {
                try {
                    return m.getSubject().contains(reference);
                } catch (Exception e) {
                    return false;
                }
            }).count();
            results.put("notifications: kill -9 mid-delivery", String.format("killed %d ms after the send began (relay"
                    + " connected, no answer); restarted in %.1f s; delivered %.1f s after the restart; %d e-mail(s)"
                    + " received for %s; %s", killedAfter, boot, deliveredAfter, copies, reference, notification));
            check("a notification killed mid-delivery is delivered after the restart", status.equals("SENT"));
            check("and reaches the customer once", copies == 1);
        } finally {
            mail.stop();
            http.send("agent", "PATCH", "customers/" + customer, "application/json",
                    "{\"email\":\"\",\"preferredChannel\":\"LETTER\"}", Map.of());
        }
    }

    /**
     * The EAR redeployed in place, again and again, in one server: an undeployed application must leave
     * nothing that holds its class loaders. Each deployment has its own (the EAR's libraries, the EJB
     * module, the WAR); the count of live module class loaders after a full collection may wobble by the
     * few deployments an idle pool thread's stack still points at, but must not grow with every
     * redeployment (the leak found on 2026-12-04, an Artemis thread-local, kept every old deployment).
     * Soft references, the caches the JDK and libraries keep and clear under memory pressure before any
     * OutOfMemoryError, reach old deployments too; the server runs this scenario with
     * {@code -XX:SoftRefLRUPolicyMSPerMB=0}, which clears them at every collection, so that what is
     * counted is what strong references hold.
     */
    private void redeploy() throws Exception {
        server.stop();
        server.start("-XX:SoftRefLRUPolicyMSPerMB=0");
        try {
            redeployments(smoke ? 12 : 30);
        } finally {
            server.stop();
            server.start();
        }
    }

    private void redeployments(int times) throws Exception {
        String loader = "org.jboss.modules.ModuleClassLoader";
        String factory = "org.hibernate.internal.SessionFactoryImpl";
        List<Long> loaders = new ArrayList<>();
        List<Long> heap = new ArrayList<>();
        long factories = 0;
        double slowest = 0;
        for (int i = 1; i <= times; i++) {
            slowest = Math.max(slowest, server.redeploy());
            Map<String, Long> live = server.liveInstances(loader, factory);
            loaders.add(live.get(loader));
            heap.add(server.heapUsedMb());
            factories = Math.max(factories, live.get(factory));
            System.out.printf("  redeployment %d: %d module class loaders, %d session factories, heap %d MB%n", i,
                    live.get(loader), live.get(factory), heap.get(heap.size() - 1));
        }
        long growth = loaders.get(times - 1) - loaders.get(2);
        results.put("redeploy: " + times + " in one server", String.format("module class loaders %d after the 3rd, %d after"
                + " the last (%+d); heap after a full GC %d MB after the 3rd, %d MB after the last; at most %d session"
                + " factories live; slowest redeployment %.1f s", loaders.get(2), loaders.get(times - 1), growth,
                heap.get(2), heap.get(times - 1), factories, slowest));
        check("redeployments leave no class loader behind (growth " + growth + " < " + (times - 3) + ")",
                growth < times - 3);
    }

    private static long id(Http.Reply reply) {
        Matcher m = ID.matcher(reply.body());
        if (!m.find()) {
            throw new IllegalStateException("no id in " + reply.status() + " " + reply.body());
        }
        return Long.parseLong(m.group(1));
    }

    private void check(String what, boolean ok) {
        results.check(what, ok);
    }
}
