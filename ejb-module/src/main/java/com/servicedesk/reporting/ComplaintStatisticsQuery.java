package com.servicedesk.reporting;

import com.servicedesk.complaint.ComplaintStatus;
import com.servicedesk.complaint.ReviewOutcome;
import com.servicedesk.reports.Reports;
import com.servicedesk.reports.complaint.ComplaintStatistics;
import com.servicedesk.reports.complaint.ComplaintStatistics.Count;
import com.servicedesk.shared.TimeSource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The figures of the complaint statistics, by aggregate queries only: counts grouped in the database,
 * handling times as a histogram of whole hours, never one entity at a time. A complaint belongs to
 * the period in which it was received; "told" counts decisions told to the customer in the period.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ComplaintStatisticsQuery {

    private static final String RECEIVED = " from Complaint c where c.receivedAt >= :from and c.receivedAt < :to";
    /** Decisions told in the period, leaving out complaints since withdrawn: those count as withdrawn, not as handled. */
    private static final String TOLD = " from Complaint c where c.notice.respondedAt >= :from and c.notice.respondedAt < :to"
            + " and c.status <> :s";

    @PersistenceContext
    private EntityManager em;

    public ComplaintStatistics compute(LocalDate from, LocalDate to, boolean english) {
        Instant start = from.atStartOfDay(TimeSource.BANK_ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(TimeSource.BANK_ZONE).toInstant();
        long received = count("select count(c)" + RECEIVED, start, end);
        long accepted = count("select count(c)" + RECEIVED + " and c.acceptedAt is not null", start, end);
        long declined = count("select count(c)" + RECEIVED + " and c.status = :s", start, end, ComplaintStatus.DECLINED);
        long closed = count("select count(c)" + RECEIVED + " and c.status = :s", start, end, ComplaintStatus.CLOSED);
        long withdrawn = count("select count(c)" + RECEIVED + " and c.status = :s", start, end, ComplaintStatus.WITHDRAWN);
        long told = count("select count(c)" + TOLD, start, end, ComplaintStatus.WITHDRAWN);
        long inLimit = count("select count(c)" + TOLD + " and c.notice.decidedWithinLimit = true", start, end,
                ComplaintStatus.WITHDRAWN);
        long ext1 = count("select count(c)" + RECEIVED + " and c.clock.extensionLevel >= 1", start, end);
        long ext2 = count("select count(c)" + RECEIVED + " and c.clock.extensionLevel >= 2", start, end);
        long repeats = count("select count(c)" + RECEIVED + " and c.repeatOfId is not null", start, end);
        Map<ReviewOutcome, Long> reviews = new HashMap<>();
        long requested = 0;
        for (Object[] row : params(em.createQuery("select r.outcome, count(r) from Complaint c join c.reviews r"
                + " where c.receivedAt >= :from and c.receivedAt < :to group by r.outcome", Object[].class), start, end)
                .getResultList()) {
            requested += (Long) row[1];
            if (row[0] != null) {
                reviews.put((ReviewOutcome) row[0], (Long) row[1]);
            }
        }
        long[] hours = handlingHours(start, end);
        Map<String, String> codeNames = codeNames(english);
        return new ComplaintStatistics(from, to, received, accepted, declined, closed, told, inLimit, ext1, ext2, requested,
                reviews.getOrDefault(ReviewOutcome.UPHELD, 0L), reviews.getOrDefault(ReviewOutcome.REVISED, 0L),
                meanDays(hours), percentileDays(hours, 0.9), repeats, withdrawn,
                grouped("c.classification.channelCode", start, end, codeNames), grouped("c.classification.businessCategory", start, end, codeNames),
                grouped("c.classification.cause", start, end, codeNames), regions(start, end, english),
                grouped("c.branchCode", start, end, names("select b.code, " + (english ? "b.nameEn" : "b.nameZh")
                        + " from Branch b")), months(from, to), codeLists(from, to), regulatory(from, to, start, end, english));
    }

    /**
     * The business lines the regulator's bulletins single out, by their JR/T 0169 B codes (the bank's
     * subdivisions: credit cards are B0302 under bank cards; personal loans and wealth management are
     * the whole of B02 and B07).
     */
    static final List<Map.Entry<String, String>> BUSINESS_LINES = List.of(Map.entry("CREDIT_CARDS", "B0302"),
            Map.entry("PERSONAL_LOANS", "B02"), Map.entry("WEALTH", "B07"));

    private ComplaintStatistics.Regulatory regulatory(LocalDate from, LocalDate to, Instant start, Instant end, boolean english) {
        ResourceBundle texts = Reports.bundle(english ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        LocalDate previousFrom = from.minusDays(days);
        LocalDate previousTo = from.minusDays(1);
        Instant previousStart = previousFrom.atStartOfDay(TimeSource.BANK_ZONE).toInstant();
        long previousReceived = count("select count(c)" + RECEIVED, previousStart, start);
        long previousTold = count("select count(c)" + TOLD, previousStart, start, ComplaintStatus.WITHDRAWN);
        long previousInLimit = count("select count(c)" + TOLD + " and c.notice.decidedWithinLimit = true", previousStart, start,
                ComplaintStatus.WITHDRAWN);
        long customers = em.createQuery("select count(c) from Customer c where c.createdAt < :end", Long.class)
                .setParameter("end", end).getSingleResult();
        long branches = em.createQuery("select count(b) from Branch b where b.status = com.servicedesk.organisation.Branch.Status.OPEN",
                Long.class).getSingleResult();
        List<Count> lines = new ArrayList<>();
        for (Map.Entry<String, String> line : BUSINESS_LINES) {
            lines.add(new Count(line.getValue(), texts.getString("cs.line." + line.getKey()),
                    params(em.createQuery("select count(c)" + RECEIVED + " and c.classification.businessCategory like :code",
                            Long.class), start, end).setParameter("code", line.getValue() + "%").getSingleResult()));
        }
        String transfers = RECEIVED + " and c.regulatorReference is not null";
        long transferred = count("select count(c)" + transfers, start, end);
        long transferredTold = count("select count(c)" + transfers + " and c.notice.respondedAt is not null", start, end);
        long transferredInLimit = count("select count(c)" + transfers + " and c.notice.decidedWithinLimit = true", start, end);
        long merged = count("select count(c)" + RECEIVED + " and c.status = :s", start, end, ComplaintStatus.MERGED);
        Object[] remedies = params(em.createQuery("select count(c), coalesce(sum(c.resolution.remedyAmount.amount), 0)" + RECEIVED
                + " and c.notice.respondedAt is not null and c.resolution.remedyType is not null"
                + " and c.resolution.remedyType <> com.servicedesk.complaint.RemedyType.NONE", Object[].class), start, end)
                .getSingleResult();
        List<Count> routes = new ArrayList<>();
        List<Count> results = new ArrayList<>();
        for (Object[] row : params(em.createQuery("select o.kind, count(o) from Complaint c join c.adrOutcomes o"
                + " where c.receivedAt >= :from and c.receivedAt < :to group by o.kind order by o.kind", Object[].class),
                start, end).getResultList()) {
            routes.add(new Count(row[0].toString(), texts.getString("cs.adr." + row[0]), (Long) row[1]));
        }
        for (Object[] row : params(em.createQuery("select o.result, count(o) from Complaint c join c.adrOutcomes o"
                + " where c.receivedAt >= :from and c.receivedAt < :to group by o.result order by o.result", Object[].class),
                start, end).getResultList()) {
            results.add(new Count(row[0].toString(), texts.getString("cs.adrResult." + row[0]), (Long) row[1]));
        }
        return new ComplaintStatistics.Regulatory(previousFrom, previousTo, previousReceived, previousTold, previousInLimit,
                customers, branches, lines, transferred, transferredTold, transferredInLimit, merged, (Long) remedies[0],
                new BigDecimal(remedies[1].toString()).setScale(2, RoundingMode.HALF_UP), routes, results);
    }

    /**
     * The codes' names in the report's language; a retired code keeps its name and says which code
     * replaced it, for the statistics count each complaint under the code it was classified with.
     */
    private Map<String, String> codeNames(boolean english) {
        Map<String, String> names = new HashMap<>();
        for (Object[] row : em.createQuery("select k.code, " + (english ? "k.nameEn" : "k.nameZh") + ", k.replacedBy"
                + " from ComplaintCode k", Object[].class).getResultList()) {
            String name = (String) row[1];
            if (row[2] != null) {
                name += english ? " (retired; now " + row[2] + ")" : "（已停用，现为 " + row[2] + "）";
            }
            names.put((String) row[0], name);
        }
        return names;
    }

    /** The code lists in force at some time in the period, oldest first. */
    private List<String> codeLists(LocalDate from, LocalDate to) {
        List<Object[]> lists = em.createQuery("select l.version, l.title, l.effectiveFrom from ComplaintCodeList l"
                + " order by l.version", Object[].class).getResultList();
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < lists.size(); i++) {
            LocalDate start = (LocalDate) lists.get(i)[2];
            LocalDate next = i + 1 < lists.size() ? (LocalDate) lists.get(i + 1)[2] : null;
            if (!start.isAfter(to) && (next == null || next.isAfter(from))) {
                titles.add(lists.get(i)[1] + " v" + lists.get(i)[0]);
            }
        }
        return titles;
    }

    private List<Count> grouped(String column, Instant start, Instant end, Map<String, String> names) {
        List<Count> counts = new ArrayList<>();
        for (Object[] row : params(em.createQuery("select " + column + ", count(c)" + RECEIVED + " group by " + column
                + " order by " + column, Object[].class), start, end).getResultList()) {
            String code = (String) row[0];
            counts.add(new Count(code, names.getOrDefault(code, code), (Long) row[1]));
        }
        return counts;
    }

    private List<Count> regions(Instant start, Instant end, boolean english) {
        Map<String, String> names = names("select r.code, " + (english ? "r.nameEn" : "r.nameZh") + " from Region r");
        List<Count> counts = new ArrayList<>();
        for (Object[] row : params(em.createQuery("select b.regionCode, count(c) from Complaint c, Branch b"
                + " where b.code = c.branchCode and c.receivedAt >= :from and c.receivedAt < :to"
                + " group by b.regionCode order by b.regionCode", Object[].class), start, end).getResultList()) {
            String code = (String) row[0];
            counts.add(new Count(code, names.getOrDefault(code, code), (Long) row[1]));
        }
        return counts;
    }

    /** Received, closed and told per calendar month (Beijing time) of the period. */
    private List<ComplaintStatistics.Month> months(LocalDate from, LocalDate to) {
        List<ComplaintStatistics.Month> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            LocalDate first = m.atDay(1).isBefore(from) ? from : m.atDay(1);
            LocalDate last = m.atEndOfMonth().isAfter(to) ? to : m.atEndOfMonth();
            Instant s = first.atStartOfDay(TimeSource.BANK_ZONE).toInstant();
            Instant e = last.plusDays(1).atStartOfDay(TimeSource.BANK_ZONE).toInstant();
            months.add(new ComplaintStatistics.Month(m.toString(), count("select count(c)" + RECEIVED, s, e),
                    count("select count(c) from Complaint c where c.reply.closedAt >= :from and c.reply.closedAt < :to", s, e),
                    count("select count(c)" + TOLD, s, e, ComplaintStatus.WITHDRAWN),
                    count("select count(c)" + TOLD + " and c.notice.decidedWithinLimit = true", s, e, ComplaintStatus.WITHDRAWN)));
        }
        return months;
    }

    /**
     * How many complaints told in the period took each whole number of hours from receipt, grouped
     * in the database: index h holds the count of those that took h hours (the last bucket holds
     * everything longer).
     */
    private long[] handlingHours(Instant start, Instant end) {
        long[] histogram = new long[24 * 400];
        for (Object[] row : params(em.createQuery("select (c.notice.respondedAt - c.receivedAt) by hour, count(c)"
                        + " from Complaint c where c.notice.respondedAt >= :from and c.notice.respondedAt < :to"
                        + " group by (c.notice.respondedAt - c.receivedAt) by hour", Object[].class), start, end)
                .getResultList()) {
            long h = Math.max(0, ((Number) row[0]).longValue());
            histogram[(int) Math.min(histogram.length - 1, h)] += (Long) row[1];
        }
        return histogram;
    }

    static BigDecimal meanDays(long[] hours) {
        long n = 0;
        long sum = 0;
        for (int h = 0; h < hours.length; h++) {
            n += hours[h];
            sum += hours[h] * h;
        }
        return n == 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(24L * n), 1, RoundingMode.HALF_UP);
    }

    /** The nearest-rank percentile, in days with one decimal. */
    static BigDecimal percentileDays(long[] hours, double p) {
        long n = 0;
        for (long c : hours) {
            n += c;
        }
        if (n == 0) {
            return null;
        }
        long rank = (long) Math.ceil(p * n);
        long seen = 0;
        for (int h = 0; h < hours.length; h++) {
            seen += hours[h];
            if (seen >= rank) {
                return BigDecimal.valueOf(h).divide(BigDecimal.valueOf(24), 1, RoundingMode.HALF_UP);
            }
        }
        throw new IllegalStateException("unreachable");
    }

    private Map<String, String> names(String jpql) {
        Map<String, String> names = new HashMap<>();
        em.createQuery(jpql, Object[].class).getResultList().forEach(row -> names.put((String) row[0], (String) row[1]));
        return names;
    }

    private long count(String jpql, Instant start, Instant end, Object... status) {
        TypedQuery<Long> q = params(em.createQuery(jpql, Long.class), start, end);
        if (status.length > 0) {
            q.setParameter("s", status[0]);
        }
        return q.getSingleResult();
    }

    private static <T> TypedQuery<T> params(TypedQuery<T> q, Instant start, Instant end) {
        return q.setParameter("from", start).setParameter("to", end);
    }
}
