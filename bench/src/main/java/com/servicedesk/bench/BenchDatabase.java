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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import com.servicedesk.customer.ResidentIdNumber;
import com.servicedesk.security.PersonalDataCipher;
import com.servicedesk.security.PersonalDataKeys;
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

    /**
     * The personal-data key of the benchmark server (a fixed development key: the benchmark database
     * holds no real customer), with which the loader encrypts the customers' identity numbers.
     */
    static final String PII_KEY = "YmVuY2htYXJrLWtleS0wMTIzNDU2Nzg5YWJjZGVmZ2g=";

    /** The branches the benchmark data spreads over. */
    static final int BRANCHES = 50;

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
        try (Connection c = connect()) {
            return count(c, sql);
        }
    }

    /** Loads complaints (and the customers they belong to) until there are {@code wanted}; returns the seconds taken. */
    double fill(long wanted) throws Exception {
        long have = count("select count(*) from complaint");
        if (have >= wanted) {
            try (Connection c = connect()) {
                settle(c);
            }
            return 0;
        }
        long started = System.nanoTime();
        try (Connection c = connect()) {
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            ensureBranches(c, BRANCHES);
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
                PersonalDataCipher cipher = PersonalDataCipher.with(PersonalDataKeys.of(PII_KEY, ""));
                StringBuilder rows = new StringBuilder();
                for (int i = 0; i < 20_000; i++) {
                    String first17 = String.format("990101%s%03d", LocalDate.of(1960, 1, 1).plusDays(i).toString()
                            .replace("-", ""), i % 1000);
                    String idNumber = first17 + ResidentIdNumber.checkCharacter(first17);
                    rows.append("客户").append(i).append('\t').append(cipher.encrypt("customer.id_number", idNumber))
                            .append('\t').append(cipher.blindIndex(idNumber)).append('\t')
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
                            .append('\t').append(open(status) && received.plus(15, ChronoUnit.DAYS).isBefore(now) ? 2 : 0)
                            .append('\t').append(status.equals("RECEIVED") || status.equals("DECLINED") ? "\\N" : received.plusSeconds(3600))
                            .append('\t').append(responded == null ? "\\N" : responded.toString())
                            .append('\t').append(responded == null ? "\\N" : String.valueOf(hours <= 15 * 24 + extension * 15 * 24))
                            .append("\t0\t").append(closed == null ? "\\N" : closed.toString()).append("\t0\t0\t")
                            .append(received).append('\n');
                }
                copy.copyIn("copy complaint (reference, customer_id, branch_code, intake_channel, channel_code, business_category,"
                        + " cause_code, region_code, severity, description, status, assignee, policy_code, received_at,"
                        + " registered_at, registered_by, extension_level, paused_days, decision_due_at, escalation_level,"
                        + " accepted_at, responded_at, decided_within_limit, review_count, closed_at, reopen_count, version,"
                        + " clock_started_at) from stdin", new StringReader(rows.toString()));
            }
            varyTexts(c);
            settle(c);
        }
        return (System.nanoTime() - started) / 1e9;
    }

    /** What the loaded complaints are about, one in eight each. */
    static final List<String> PRODUCTS = List.of("信用卡", "借记卡", "网上银行", "手机银行", "理财产品", "个人贷款", "自助设备", "营业网点");
    /** What went wrong, one complaint in forty each: the search benchmark looks for some of them. */
    static final List<String> PROBLEMS = List.of("年费被重复扣收", "转账到账延迟", "重复扣款", "信用额度被调低", "收到催收短信",
            "利率与合同约定不符", "无法登录", "积分未到账", "挂失后仍被扣费", "取款未出钞", "分期手续费过高", "被默认开通短信服务",
            "理财收益低于宣传", "保险被捆绑销售", "销户被拒绝", "跨行转账手续费不合理", "还款未及时入账", "征信记录有误", "验证码收不到",
            "柜台排队时间过长", "工作人员态度生硬", "被要求购买理财才能贷款", "汇款退回未通知", "境外消费被拒", "账户被冻结",
            "密码多次输入错误被锁", "自动扣款失败", "账单金额有误", "优惠活动未兑现", "营业时间与公告不符", "存单到期未自动转存",
            "扫码支付失败", "外币兑换汇率有误", "开户材料要求过多", "提前还款违约金过高", "短信通知内容有误", "客服电话无法接通",
            "卡片邮寄延误", "换卡后旧卡仍被扣费", "手机银行闪退");
    private static final List<String> DEMANDS = List.of("要求退还", "要求说明原因", "要求赔偿损失", "要求尽快处理", "要求更正", "要求道歉");

    /**
     * Gives the loaded complaints the texts customers write (a product, a problem, a card's last four
     * digits, a demand, all drawn from the complaint's id), for search to be measured on; the loader
     * writes a placeholder, and this step (idempotent) replaces it, in databases loaded before it too.
     */
    private static void varyTexts(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            int changed = s.executeUpdate("update complaint set description = (" + array(PRODUCTS) + ")[1 + id % "
                    + PRODUCTS.size() + "] || (" + array(PROBLEMS) + ")[1 + (id / " + PRODUCTS.size() + ") % " + PROBLEMS.size()
                    + "] || '，卡号尾号' || lpad(((id * 7919) % 10000)::text, 4, '0') || '，' || (" + array(DEMANDS)
                    + ")[1 + id % " + DEMANDS.size() + "] || '。' where description = '基准测试投诉'");
            if (changed > 0) {
                s.execute("vacuum analyze complaint");
            }
        }
    }

    private static String array(List<String> texts) {
        return "array[" + String.join(", ", texts.stream().map(t -> "'" + t + "'").toList()) + "]";
    }

    /**
     * Makes the loaded history look like a bank's: a complaint still open after 60 days is rare, so
     * the loaded complaints older than that are closed (decided in 10 days, closed two days later),
     * and the open ones, overdue or not, are the recent ones. The complaints earlier runs registered
     * through the API (intake, crash and outage load, all in branch BJ01) are closed too: left open,
     * each run added some 25,000 to the branch's open work and the next run's counts, dashboard and
     * queue measured a branch no bank has. Idempotent.
     */
    private static void settle(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            int closed = s.executeUpdate("update complaint set status = 'CLOSED',"
                    + " responded_at = received_at + interval '10 days', decided_within_limit = true,"
                    + " closed_at = received_at + interval '12 days', escalation_level = 0"
                    + " where reference like 'BM-%' and status in ('RECEIVED', 'ACCEPTED', 'INVESTIGATING')"
                    + " and received_at < now() - interval '60 days'");
            closed += s.executeUpdate("update complaint set status = 'CLOSED', responded_at = now(),"
                    + " decided_within_limit = true, closed_at = now(), escalation_level = 0"
                    + " where status = 'RECEIVED' and reference like 'TS-%' and (description = '" + ServerBenchmarks.INTAKE_TEXT
                    + "' or description like 'crash-%' or description like 'outage-%')");
            if (closed > 0) {
                s.execute("vacuum analyze complaint"); // the update left a dead version of each row it closed
            }
        }
    }

    /** Whether a loaded complaint in this status still waits for a decision. */
    private static boolean open(String status) {
        return status.equals("RECEIVED") || status.equals("ACCEPTED") || status.equals("INVESTIGATING");
    }

    /** The branches the benchmark spreads its data over: the five of the migrations and bench branches up to {@code wanted}. */
    private static void ensureBranches(Connection c, int wanted) throws SQLException {
        int have = (int) count(c, "select count(*) from branch");
        try (var insert = c.prepareStatement("insert into branch (code, region_code, name_zh, name_en, division_code)"
                + " values (?, ?, ?, ?, '110101')")) {
            for (int i = have + 1; i <= wanted; i++) {
                String code = String.format("BM%02d", i);
                insert.setString(1, code);
                insert.setString(2, i % 2 == 0 ? "NORTH" : "EAST");
                insert.setString(3, "基准测试网点" + i);
                insert.setString(4, "Benchmark branch " + i);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * Loads service requests until there are {@code wanted}, over the same two years and branches as
     * the complaints; returns the seconds taken.
     */
    double fillServiceRequests(long wanted) throws Exception {
        long have = count("select count(*) from service_request");
        if (have >= wanted) {
            return 0;
        }
        long started = System.nanoTime();
        try (Connection c = connect()) {
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            ensureBranches(c, BRANCHES);
            List<String> branches = column(c, "select code from branch order by code");
            List<String> categories = column(c, "select code from service_category order by code");
            String[] channels = {"PHONE", "ONLINE", "MOBILE_APP", "BRANCH"};
            String[] statuses = {"CLOSED", "CLOSED", "CLOSED", "CLOSED", "CLOSED", "FOLLOWED_UP", "RESPONDED", "IN_PROGRESS",
                    "ACCEPTED", "RECEIVED", "CANCELLED"};
            long firstCustomer = count("select min(id) from customer");
            long customers = count("select count(*) from customer");
            Random random = new Random(20_261_130L + have);
            Instant now = Instant.now();
            for (long done = have; done < wanted; done += 50_000) {
                StringBuilder rows = new StringBuilder();
                for (long i = done; i < Math.min(wanted, done + 50_000); i++) {
                    Instant received = now.minus(random.nextInt(730 * 24 * 60), ChronoUnit.MINUTES);
                    String status = statuses[random.nextInt(statuses.length)];
                    boolean accepted = !status.equals("RECEIVED") && !status.equals("CANCELLED");
                    boolean responded = accepted && !status.equals("ACCEPTED") && !status.equals("IN_PROGRESS");
                    rows.append("BS-").append(String.format("%012d", i)).append('\t')
                            .append(firstCustomer + random.nextInt((int) customers)).append('\t')
                            .append(branches.get(random.nextInt(branches.size()))).append('\t')
                            .append(channels[random.nextInt(channels.length)]).append('\t')
                            .append(categories.get(random.nextInt(categories.size()))).append("\t基准测试请求\t基准测试请求的描述\t")
                            .append(status).append("\tagent\t").append(received).append("\tagent\t")
                            .append(received.plus(4, ChronoUnit.HOURS)).append('\t').append(received.plus(5, ChronoUnit.DAYS))
                            .append('\t').append(accepted ? received.plus(1, ChronoUnit.HOURS).toString() : "\\N")
                            .append('\t').append(responded ? received.plus(30, ChronoUnit.HOURS).toString() : "\\N")
                            .append('\t').append(status.equals("CLOSED") ? received.plus(5, ChronoUnit.DAYS).toString() : "\\N")
                            .append('\t').append(accepted && !responded && received.plus(5, ChronoUnit.DAYS).isBefore(now) ? 2 : 0)
                            .append("\t0\n");
                }
                copy.copyIn("copy service_request (reference, customer_id, branch_code, channel, category_code, subject,"
                        + " description, status, assignee, received_at, registered_by, first_response_due_at, resolution_due_at,"
                        + " accepted_at, responded_at, closed_at, escalation_level, version) from stdin",
                        new StringReader(rows.toString()));
            }
            try (Statement s = c.createStatement()) {
                s.execute("vacuum analyze service_request");
            }
        }
        return (System.nanoTime() - started) / 1e9;
    }

    /** The demo customers of branch BJ01 (the agent's), whom the benchmarks' complaints are for. */
    static List<Long> agentCustomers() throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select id from customer where branch_code = 'BJ01' and created_by <> 'bench' order by id limit 500")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    /** The first leaf code of a dimension of the complaint coding standard (A channel, B category, C cause). */
    static String leafCode(String dimension) throws SQLException {
        return first("select code from complaint_code where dimension = '" + dimension + "' and code not in"
                + " (select parent_code from complaint_code where parent_code is not null) order by code");
    }

    /** The first column of the first row. */
    static String first(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /**
     * Inserts complaints under investigation in BJ01, received 14 days ago and due tomorrow, so that the
     * escalation job finds each due: references {@code prefix + i}, the customers in turn, {@code codes} the
     * category, cause and channel leaves (B, C, -, A).
     */
    static void insertDueComplaints(String prefix, String description, int items, List<Long> customers, String[] codes)
            throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement("insert into complaint"
                + " (reference, customer_id, branch_code, intake_channel, channel_code, business_category, cause_code,"
                + " region_code, severity, description, status, assignee, policy_code, received_at, registered_at,"
                + " registered_by, extension_level, paused_days, decision_due_at, escalation_level, accepted_at,"
                + " review_count, reopen_count, version, clock_started_at) values (?, ?, 'BJ01', 'PHONE', ?, ?, ?, '110101',"
                + " 'MEDIUM', ?, 'INVESTIGATING', 'agent', 'CBIRC_2020', ?, ?, 'agent', 0, 0, ?, 0, ?, 0, 0, 0, ?)")) {
            Timestamp received = Timestamp.from(Instant.now().minus(14, ChronoUnit.DAYS));
            Timestamp due = Timestamp.from(Instant.now().plus(1, ChronoUnit.DAYS));
            for (int i = 0; i < items; i++) {
                s.setString(1, prefix + i);
                s.setLong(2, customers.get(i % customers.size()));
                s.setString(3, codes[3]);
                s.setString(4, codes[0]);
                s.setString(5, codes[1]);
                s.setString(6, description);
                s.setTimestamp(7, received);
                s.setTimestamp(8, received);
                s.setTimestamp(9, due);
                s.setTimestamp(10, received);
                s.setTimestamp(11, received);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
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
