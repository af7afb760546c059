package com.servicedesk.bench;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.postgresql.PGConnection;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The benchmark database: a PostgreSQL database of its own (created if missing), migrated by the
 * application's own Flyway migrations as Hibernate boots, and filled in seconds with COPY.
 */
final class BenchDatabase implements AutoCloseable {

    static final String URL = env("BENCH_DB_URL", "jdbc:postgresql://127.0.0.1:5432/servicedesk_bench");
    static final String USER = env("BENCH_DB_USER", "postgres");
    static final String PASSWORD = env("BENCH_DB_PASSWORD", "postgres");

    private final SessionFactory sessions;

    BenchDatabase() throws Exception {
        createIfMissing();
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(URL);
        dataSource.setUser(USER);
        dataSource.setPassword(PASSWORD);
        MetadataSources sources = new MetadataSources(new StandardServiceRegistryBuilder()
                .applySettings(Map.of("hibernate.connection.datasource", dataSource, "hibernate.hbm2ddl.auto", "validate",
                        "hibernate.jdbc.time_zone", "UTC", "hibernate.show_sql", "false"))
                .build());
        entityClasses().forEach(sources::addAnnotatedClass);
        sessions = sources.buildMetadata().buildSessionFactory();
    }

    EntityManager entityManager() {
        return sessions.createEntityManager();
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }

    static long count(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Loads complaints (and the customers they belong to) until there are {@code wanted}; returns the seconds taken. */
    double fill(long wanted) throws Exception {
        long have = count("select count(*) from complaint");
        if (have >= wanted) {
            return 0;
        }
        long started = System.nanoTime();
        try (Connection c = connect()) {
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            List<String> branches = column(c, "select code from branch order by code");
            List<String> channels = column(c, "select code from complaint_code where dimension = 'A' and code not in"
                    + " (select parent_code from complaint_code where parent_code is not null) order by code");
            List<String> categories = column(c, "select code from complaint_code where dimension = 'B' and code not in"
                    + " (select parent_code from complaint_code where parent_code is not null) order by code");
            List<String> causes = column(c, "select code from complaint_code where dimension = 'C' and code not in"
                    + " (select parent_code from complaint_code where parent_code is not null) order by code");
            long customers = count("select count(*) from customer");
            long firstCustomer;
            if (customers < 20_000) {
                StringBuilder rows = new StringBuilder();
                for (int i = 0; i < 20_000; i++) {
                    rows.append("客户").append(i).append("\tenc").append(i).append("\tidx").append(i).append('\t')
                            .append(branches.get(i % branches.size())).append("\t2024-01-01 00:00:00+00\tbench\t0\n");
                }
                copy.copyIn("copy customer (name, id_number_enc, id_number_index, branch_code, created_at, created_by, version)"
                        + " from stdin", new StringReader(rows.toString()));
            }
            firstCustomer = count("select min(id) from customer");
            long customerCount = count("select count(*) from customer");
            Random random = new Random(20_261_128L + have);
            Instant now = Instant.now();
            String[] statuses = {"CLOSED", "CLOSED", "CLOSED", "CLOSED", "CLOSED", "CLOSED", "CLOSED", "CLOSED",
                    "RESPONDED", "INVESTIGATING", "ACCEPTED", "RECEIVED", "DECLINED"};
            long batch = 50_000;
            for (long done = have; done < wanted; done += batch) {
                StringBuilder rows = new StringBuilder();
                for (long i = done; i < Math.min(wanted, done + batch); i++) {
                    Instant received = now.minus(random.nextInt(730 * 24 * 60), ChronoUnit.MINUTES);
                    String status = statuses[random.nextInt(statuses.length)];
                    boolean told = status.equals("CLOSED") || status.equals("RESPONDED");
                    long hours = 2 + (long) (Math.abs(random.nextGaussian()) * 8 * 24);
                    Instant responded = told ? received.plus(hours, ChronoUnit.HOURS) : null;
                    int extension = random.nextInt(100) < 8 ? 1 : random.nextInt(100) < 2 ? 2 : 0;
                    Instant closed = status.equals("CLOSED") ? responded.plus(1 + random.nextInt(240), ChronoUnit.HOURS) : null;
                    rows.append("BM-").append(String.format("%012d", i)).append('\t')
                            .append(firstCustomer + random.nextInt((int) customerCount)).append('\t')
                            .append(branches.get(random.nextInt(branches.size()))).append("\tPHONE\t")
                            .append(channels.get(random.nextInt(channels.size()))).append('\t')
                            .append(categories.get(random.nextInt(categories.size()))).append('\t')
                            .append(causes.get(random.nextInt(causes.size()))).append("\t110101\tMEDIUM\t基准测试投诉\t")
                            .append(status).append("\tagent\tCBIRC_2020\t").append(received).append('\t').append(received)
                            .append("\tagent\t").append(extension).append("\t0\t").append(received.plus(15, ChronoUnit.DAYS))
                            .append("\t0\t").append(status.equals("RECEIVED") || status.equals("DECLINED") ? "\\N" : received.plusSeconds(3600))
                            .append('\t').append(responded == null ? "\\N" : responded.toString())
                            .append('\t').append(responded == null ? "\\N" : String.valueOf(hours <= 15 * 24 + extension * 15 * 24))
                            .append("\t0\t").append(closed == null ? "\\N" : closed.toString()).append("\t0\t0\n");
                }
                copy.copyIn("copy complaint (reference, customer_id, branch_code, intake_channel, channel_code, business_category,"
                        + " cause_code, region_code, severity, description, status, assignee, policy_code, received_at,"
                        + " registered_at, registered_by, extension_level, paused_days, decision_due_at, escalation_level,"
                        + " accepted_at, responded_at, decided_within_limit, review_count, closed_at, reopen_count, version)"
                        + " from stdin", new StringReader(rows.toString()));
            }
            try (Statement s = c.createStatement()) {
                s.execute("analyze complaint");
            }
        }
        return (System.nanoTime() - started) / 1e9;
    }

    private static List<String> column(Connection c, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private static void createIfMissing() throws SQLException {
        String database = URL.substring(URL.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        try (Connection c = DriverManager.getConnection(URL.substring(0, URL.lastIndexOf('/') + 1) + "postgres", USER, PASSWORD);
             Statement s = c.createStatement()) {
            ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + database.replace("'", "") + "'");
            if (!rs.next()) {
                s.execute("create database \"" + database.replace("\"", "") + "\"");
            }
        }
    }

    /** The application's entities, found in the EJB module's jar. */
    private static List<Class<?>> entityClasses() throws IOException, URISyntaxException {
        Path jar = Path.of(com.servicedesk.platform.MigrationIntegrator.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI());
        List<Class<?>> classes = new ArrayList<>();
        if (Files.isDirectory(jar)) {
            scan(jar, classes);
        } else {
            try (FileSystem fs = FileSystems.newFileSystem(jar)) {
                scan(fs.getPath("/"), classes);
            }
        }
        return classes;
    }

    private static void scan(Path root, List<Class<?>> classes) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$")).toList()) {
                String name = root.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "");
                try {
                    Class<?> type = Class.forName(name, false, BenchDatabase.class.getClassLoader());
                    if (type.isAnnotationPresent(Entity.class)) {
                        classes.add(type);
                    }
                } catch (ClassNotFoundException | NoClassDefFoundError e) {
                    // not loadable outside the server (needs an API the bench lacks): not an entity the bench uses
                }
            }
        }
    }

    @Override
    public void close() {
        sessions.close();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
