package com.servicedesk.bench;

import com.servicedesk.reporting.ComplaintStatisticsQuery;
import com.servicedesk.reports.ledger.LedgerReports;
import com.servicedesk.reports.ReportMeta;
import com.servicedesk.reports.XlsxBook;
import com.servicedesk.reports.XlsxBook.Column;
import com.servicedesk.reports.XlsxBook.Kind;
import com.servicedesk.reports.complaint.ComplaintStatistics;
import com.servicedesk.reports.complaint.ComplaintStatisticsReport;
import jakarta.persistence.EntityManager;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The reports issue's benchmarks, each against its floor measured in the same run:
 * <ol>
 * <li>complaint statistics over the whole two years of complaints: the application's aggregate queries
 * and the PDF, against the bare aggregate SQL;</li>
 * <li>the complaint ledger streamed to xlsx: rows per second and peak heap, against a bare SXSSF
 * write of the same cells from the same query;</li>
 * <li>a 10,000-row ledger to PDF: the time.</li>
 * </ol>
 * Run: {@code ./mvnw -q -f bench/pom.xml compile exec:exec -Dbench.args="--complaints 1000000"}.
 */
public final class ReportBenchmarks {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final String LEDGER_SQL = "select c.reference, c.received_at, c.branch_code, c.status, c.channel_code,"
            + " c.business_category, c.cause_code, c.assignee, c.decision_due_at, c.responded_at, c.decided_within_limit,"
            + " c.extension_level, c.closed_at, c.customer_id, k.name from complaint c join customer k on k.id = c.customer_id"
            + " order by c.received_at, c.id";

    private ReportBenchmarks() {
    }

    public static void main(String[] args) throws Exception {
        long complaints = 1_000_000;
        long ledgerRows = -1;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--complaints" -> complaints = Long.parseLong(args[i + 1]);
                case "--ledger-rows" -> ledgerRows = Long.parseLong(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        ledgerRows = ledgerRows < 0 ? complaints : ledgerRows;
        System.out.printf("Service Desk report benchmarks — %s, %d cores, max heap %d MB, %s%n", Instant.now(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, BenchDatabase.URL);
        try (BenchDatabase db = new BenchDatabase()) {
            double load = db.fill(complaints);
            long total = BenchDatabase.count("select count(*) from complaint");
            System.out.printf("data: %,d complaints (%s)%n", total, load == 0 ? "already loaded" : String.format("loaded in %.1f s", load));
            statistics(db);
            ledgerXlsx(ledgerRows);
            ledgerPdf(10_000);
        }
    }

    /** The application's statistics (JPQL aggregates + PDF) against the same aggregates in bare SQL. */
    private static void statistics(BenchDatabase db) throws Exception {
        LocalDate to = LocalDate.now(BEIJING);
        LocalDate from = to.minusYears(2);
        Instant start = from.atStartOfDay(BEIJING).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(BEIJING).toInstant();
        for (int warm = 0; warm < 2; warm++) {
            long bare = bareStatistics(start, end, from, to);
            EntityManager em = db.entityManager();
            try {
                ComplaintStatisticsQuery query = new ComplaintStatisticsQuery();
                var field = ComplaintStatisticsQuery.class.getDeclaredField("em");
                field.setAccessible(true);
                field.set(query, em);
                long t0 = System.nanoTime();
                ComplaintStatistics stats = query.compute(from, to, false);
                long t1 = System.nanoTime();
                byte[] pdf = ComplaintStatisticsReport.pdf(stats, meta("消费投诉统计报告"));
                long t2 = System.nanoTime();
                System.out.printf("%sstatistics over %,d complaints (%s – %s): bare aggregate SQL %d ms; application"
                                + " queries %d ms + PDF %d ms = %d ms (%d pages, %,d bytes); ratio %.2f%n",
                        warm == 0 ? "[warm-up] " : "", stats.received(), from, to, bare, (t1 - t0) / 1_000_000,
                        (t2 - t1) / 1_000_000, (t2 - t0) / 1_000_000, pages(pdf), pdf.length,
                        (double) (t2 - t0) / 1_000_000 / Math.max(1, bare));
            } finally {
                em.close();
            }
        }
    }

    /** The same statements the application issues, as plain SQL over JDBC: the floor. */
    private static long bareStatistics(Instant start, Instant end, LocalDate from, LocalDate to) throws Exception {
        List<String> sql = new ArrayList<>();
        String received = " from complaint where received_at >= ? and received_at < ?";
        for (String where : List.of("", " and accepted_at is not null", " and status = 'DECLINED'", " and status = 'CLOSED'",
                " and extension_level >= 1", " and extension_level >= 2", " and repeat_of_id is not null")) {
            sql.add("select count(*)" + received + where);
        }
        sql.add("select count(*) from complaint where responded_at >= ? and responded_at < ?");
        sql.add("select count(*) from complaint where responded_at >= ? and responded_at < ? and decided_within_limit");
        sql.add("select r.outcome, count(*) from complaint c join complaint_review r on r.complaint_id = c.id"
                + " where c.received_at >= ? and c.received_at < ? group by r.outcome");
        sql.add("select floor(extract(epoch from (responded_at - received_at)) / 3600), count(*) from complaint"
                + " where responded_at >= ? and responded_at < ? group by 1");
        for (String column : List.of("channel_code", "business_category", "cause_code", "branch_code")) {
            sql.add("select " + column + ", count(*)" + received + " group by " + column);
        }
        sql.add("select b.region_code, count(*) from complaint c join branch b on b.code = c.branch_code"
                + " where c.received_at >= ? and c.received_at < ? group by b.region_code");
        long t0 = System.nanoTime();
        try (Connection c = BenchDatabase.connect()) {
            for (String s : sql) {
                run(c, s, start, end);
            }
            for (var m = java.time.YearMonth.from(from); !m.isAfter(java.time.YearMonth.from(to)); m = m.plusMonths(1)) {
                Instant s = m.atDay(1).atStartOfDay(BEIJING).toInstant();
                Instant e = m.plusMonths(1).atDay(1).atStartOfDay(BEIJING).toInstant();
                run(c, "select count(*)" + received, s, e);
                run(c, "select count(*) from complaint where closed_at >= ? and closed_at < ?", s, e);
                run(c, "select count(*) from complaint where responded_at >= ? and responded_at < ?", s, e);
                run(c, "select count(*) from complaint where responded_at >= ? and responded_at < ? and decided_within_limit", s, e);
            }
        }
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static void run(Connection c, String sql, Instant from, Instant to) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setTimestamp(1, Timestamp.from(from));
            s.setTimestamp(2, Timestamp.from(to));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rs.getObject(1);
                }
            }
        }
    }

    /** The ledger through the reports module's workbook, against bare SXSSF cells from the same query. */
    private static void ledgerXlsx(long rows) throws Exception {
        for (String variant : List.of("bare SXSSF", "application XlsxBook")) {
            HeapWatch heap = new HeapWatch();
            long t0 = System.nanoTime();
            long written;
            CountingStream out = new CountingStream();
            try (Connection c = BenchDatabase.connect()) {
                c.setAutoCommit(false);
                try (Statement s = c.createStatement()) {
                    s.setFetchSize(1_000);
                    s.setMaxRows((int) Math.min(Integer.MAX_VALUE, rows));
                    try (ResultSet rs = s.executeQuery(LEDGER_SQL)) {
                        written = variant.startsWith("bare") ? bareSxssf(rs, out) : xlsxBook(rs, out);
                    }
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            heap.stop();
            System.out.printf("ledger xlsx, %s: %,d rows in %.1f s = %,.0f rows/s; %,d bytes; heap before %d MB,"
                            + " peak live after GC %d MB, peak used %d MB (max heap %d MB)%n", variant, written, seconds,
                    written / seconds, out.count.get(), heap.baselineMb(), heap.peakLiveMb(), heap.peakMb(),
                    Runtime.getRuntime().maxMemory() >> 20);
        }
    }

    private static long bareSxssf(ResultSet rs, OutputStream out) throws Exception {
        try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
            Sheet sheet = book.createSheet("ledger");
            int r = 0;
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < columns; i++) {
                    Object v = rs.getObject(i + 1);
                    if (v instanceof Number n) {
                        row.createCell(i).setCellValue(n.doubleValue());
                    } else if (v instanceof Timestamp t) {
                        row.createCell(i).setCellValue(t.toLocalDateTime());
                    } else if (v != null) {
                        row.createCell(i).setCellValue(String.valueOf(v));
                    }
                }
            }
            book.write(out);
            book.dispose();
            return r;
        }
    }

    private static long xlsxBook(ResultSet rs, OutputStream out) throws Exception {
        int columns = rs.getMetaData().getColumnCount();
        List<Column> header = new ArrayList<>();
        for (int i = 0; i < columns; i++) {
            int type = rs.getMetaData().getColumnType(i + 1);
            header.add(new Column(rs.getMetaData().getColumnName(i + 1), type == java.sql.Types.TIMESTAMP
                    || type == java.sql.Types.TIMESTAMP_WITH_TIMEZONE ? Kind.DATETIME
                    : type == java.sql.Types.BIGINT || type == java.sql.Types.INTEGER ? Kind.INTEGER : Kind.TEXT));
        }
        long n = 0;
        try (XlsxBook book = new XlsxBook()) {
            XlsxBook.Table table = book.sheet("投诉台账", "投诉台账（基准测试）", header);
            Object[] cells = new Object[columns];
            while (rs.next()) {
                for (int i = 0; i < columns; i++) {
                    Object v = rs.getObject(i + 1);
                    cells[i] = v instanceof Timestamp t ? t.toInstant() : v;
                }
                table.row(cells);
                n++;
            }
            book.write(out);
        }
        return n;
    }

    /** A 10,000-row ledger as a PDF through the complaint ledger's own template (landscape, every column). */
    private static void ledgerPdf(int rows) throws Exception {
        long t0 = System.nanoTime();
        List<LedgerReports.ComplaintRow> lines = new java.util.ArrayList<>();
        try (Connection c = BenchDatabase.connect(); Statement s = c.createStatement()) {
            s.setMaxRows(rows);
            try (ResultSet rs = s.executeQuery(LEDGER_SQL)) {
                while (rs.next()) {
                    lines.add(new LedgerReports.ComplaintRow(rs.getString(1), instant(rs.getTimestamp(2)), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            instant(rs.getTimestamp(9)), instant(rs.getTimestamp(10)), (Boolean) rs.getObject(11),
                            rs.getInt(12), instant(rs.getTimestamp(13)), rs.getLong(14), rs.getString(15)));
                }
            }
        }
        long t1 = System.nanoTime();
        byte[] pdf = LedgerReports.pdf(LedgerReports.Ledger.COMPLAINTS, lines, "基准测试", meta("投诉台账"));
        long t2 = System.nanoTime();
        System.out.printf("ledger pdf: %,d rows read in %d ms, rendered in %d ms (%d pages, %,d bytes)%n", rows,
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, pages(pdf), pdf.length);
    }

    private static Instant instant(java.sql.Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static ReportMeta meta(String title) {
        return new ReportMeta("BENCH-" + System.currentTimeMillis(), title, title, "澜海银行", Instant.now(),
                Locale.SIMPLIFIED_CHINESE, false);
    }

    private static int pages(byte[] pdf) {
        String text = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
        return text.split("/Type\\s*/Page[^s]", -1).length - 1;
    }

    /** Samples heap use every 10 ms after a collection, and keeps the highest. */
    private static final class HeapWatch {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final AtomicLong peak = new AtomicLong();
        private final AtomicLong peakLive = new AtomicLong();
        private final List<java.lang.management.MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP && p.isCollectionUsageThresholdSupported())
                .toList();
        private final long baseline;
        private final Thread sampler;
        private volatile boolean running = true;

        HeapWatch() {
            System.gc();
            baseline = memory.getHeapMemoryUsage().getUsed();
            sampler = new Thread(() -> {
                while (running) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    long live = 0;
                    for (var pool : pools) {
                        var usage = pool.getCollectionUsage();
                        live += usage == null ? 0 : usage.getUsed();
                    }
                    peakLive.accumulateAndGet(live, Math::max);
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
        }

        void stop() throws InterruptedException {
            running = false;
            sampler.join();
        }

        long peakMb() {
            return Math.max(0, peak.get()) >> 20;
        }

        /** The most heap still in use right after a collection: what the work really holds. */
        long peakLiveMb() {
            return peakLive.get() >> 20;
        }

        long baselineMb() {
            return baseline >> 20;
        }
    }

    /** Discards what is written, counting it. */
    private static final class CountingStream extends OutputStream {
        final AtomicLong count = new AtomicLong();

        @Override
        public void write(int b) {
            count.incrementAndGet();
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count.addAndGet(len);
        }
    }
}
