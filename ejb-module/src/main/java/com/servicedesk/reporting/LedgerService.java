package com.servicedesk.reporting;

import com.servicedesk.reports.Document;
import com.servicedesk.reports.ReportMeta;
import com.servicedesk.reports.XlsxBook;
import com.servicedesk.reports.XlsxBook.Column;
import com.servicedesk.reports.XlsxBook.Kind;
import com.servicedesk.security.Caller;
import com.servicedesk.security.CallerContext;
import com.servicedesk.shared.Role;
import com.servicedesk.shared.InvalidInputException;
import com.servicedesk.shared.TimeSource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Ledgers (台账) of complaints, service requests and return visits over a period, filtered by branch and
 * status, streamed row by row from a projection query into a streaming workbook, so that memory stays
 * flat however many rows there are. Personal data appears only as the customer's name and number.
 */
@Stateless
@RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.AUDITOR_NAME})
public class LedgerService {

    /** The ledgers there are. */
    public enum Ledger {
        COMPLAINTS("投诉台账", "Complaint ledger"),
        SERVICE_REQUESTS("服务请求台账", "Service request ledger"),
        RETURN_VISITS("回访台账", "Return visit ledger");

        private final String nameZh;
        private final String nameEn;

        Ledger(String nameZh, String nameEn) {
            this.nameZh = nameZh;
            this.nameEn = nameEn;
        }

        public String title(boolean english) {
            return english ? nameEn : nameZh;
        }
    }

    /** Which rows: the period (by receipt or completion), a branch, a status. */
    public record Filter(LocalDate from, LocalDate to, String branch, String status) {
        public Filter {
            if (from == null || to == null) {
                throw new InvalidInputException("from", "both from and to are required (yyyy-MM-dd)");
            }
            if (to.isBefore(from)) {
                throw new InvalidInputException("to", "must not be before from");
            }
        }
    }

    /** The most rows a ledger PDF holds; larger ledgers come as workbooks. */
    public static final int PDF_ROWS = 10_000;
    private static final int FETCH = 1_000;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerContext callers;

    @Inject
    private TimeSource time;

    public String fileName(Ledger ledger, Filter f, boolean english, String extension) {
        return ledger.title(english).replace(' ', '_') + "_" + f.from().toString().replace("-", "") + "-"
                + f.to().toString().replace("-", "") + "." + extension;
    }

    /** Streams the ledger as a workbook; returns the number of rows written. */
    public long xlsx(Ledger ledger, Filter f, boolean english, OutputStream out) {
        Caller caller = callers.current();
        String title = ledger.title(english) + " " + f.from() + " – " + f.to();
        try (XlsxBook book = new XlsxBook(); Stream<Object[]> rows = rows(ledger, f, caller)) {
            XlsxBook.Table sheet = book.sheet(ledger.title(english), title, columns(ledger));
            long[] count = {0};
            rows.forEach(row -> {
                sheet.row(row);
                count[0]++;
                if (count[0] % FETCH == 0) {
                    em.clear();
                }
            });
            book.write(out);
            return count[0];
        }
    }

    /** The ledger as a PDF of at most {@link #PDF_ROWS} rows (the first eight columns). */
    public byte[] pdf(Ledger ledger, Filter f, Locale locale, String reportNumber) {
        Caller caller = callers.current();
        boolean english = "en".equals(locale.getLanguage());
        Document d = new Document().subtitle(f.from() + " – " + f.to() + (f.branch() == null ? "" : " · " + f.branch()));
        d.section(ledger.title(english));
        List<Column> columns = columns(ledger);
        d.head(columns.stream().limit(8).map(Column::header).toArray(String[]::new));
        long[] count = {0};
        try (Stream<Object[]> rows = rows(ledger, f, caller)) {
            rows.limit(PDF_ROWS + 1L).forEach(row -> {
                if (++count[0] > PDF_ROWS) {
                    throw new InvalidInputException("to", "more than " + PDF_ROWS + " rows: ask for the workbook (format=xlsx)");
                }
                Object[] cells = new Object[Math.min(8, row.length)];
                System.arraycopy(row, 0, cells, 0, cells.length);
                d.row(cells);
            });
        }
        return d.pdf(new ReportMeta(reportNumber, ledger.title(english), ledger.title(english) + " " + f.from() + " – " + f.to(),
                english ? "Lanhai Bank" : "澜海银行", time.now(), locale, false));
    }

    private static List<Column> columns(Ledger ledger) {
        return switch (ledger) {
            case COMPLAINTS -> List.of(new Column("投诉编号", Kind.TEXT, 20), new Column("接收时间", Kind.DATETIME, 17),
                    new Column("网点", Kind.TEXT, 6), new Column("状态", Kind.TEXT, 12), new Column("渠道(A)", Kind.TEXT, 9),
                    new Column("业务(B)", Kind.TEXT, 8), new Column("原因(C)", Kind.TEXT, 8), new Column("经办人", Kind.TEXT, 12),
                    new Column("告知期限", Kind.DATETIME, 17), new Column("告知时间", Kind.DATETIME, 17),
                    new Column("时限内告知", Kind.TEXT, 8), new Column("延期级别", Kind.INTEGER, 8),
                    new Column("办结时间", Kind.DATETIME, 17), new Column("客户编号", Kind.INTEGER, 9), new Column("客户", Kind.TEXT, 8));
            case SERVICE_REQUESTS -> List.of(new Column("请求编号", Kind.TEXT, 20), new Column("接收时间", Kind.DATETIME, 17),
                    new Column("网点", Kind.TEXT, 6), new Column("状态", Kind.TEXT, 12), new Column("渠道", Kind.TEXT, 10),
                    new Column("类别", Kind.TEXT, 10), new Column("经办人", Kind.TEXT, 12), new Column("首次响应期限", Kind.DATETIME, 17),
                    new Column("受理时间", Kind.DATETIME, 17), new Column("答复时间", Kind.DATETIME, 17),
                    new Column("办结时间", Kind.DATETIME, 17), new Column("客户编号", Kind.INTEGER, 9), new Column("主题", Kind.TEXT, 20));
            case RETURN_VISITS -> List.of(new Column("业务编号", Kind.TEXT, 20), new Column("完成时间", Kind.DATETIME, 17),
                    new Column("网点", Kind.TEXT, 6), new Column("状态", Kind.TEXT, 12), new Column("联系次数", Kind.INTEGER, 8),
                    new Column("响应速度", Kind.INTEGER, 8), new Column("专业性", Kind.INTEGER, 8), new Column("个性化", Kind.INTEGER, 8),
                    new Column("总体", Kind.INTEGER, 6), new Column("NPS", Kind.INTEGER, 6), new Column("回访人", Kind.TEXT, 12),
                    new Column("被评价人", Kind.TEXT, 12));
        };
    }

    private Stream<Object[]> rows(Ledger ledger, Filter f, Caller caller) {
        caller.requireBusinessAccess();
        if (f.branch() != null && !caller.scope().includes(f.branch())) {
            throw new InvalidInputException("branch", "is not one of your branches");
        }
        Instant start = f.from().atStartOfDay(TimeSource.BANK_ZONE).toInstant();
        Instant end = f.to().plusDays(1).atStartOfDay(TimeSource.BANK_ZONE).toInstant();
        String jpql = switch (ledger) {
            case COMPLAINTS -> "select c.reference, c.receivedAt, c.branchCode, c.status, c.classification.channelCode, c.classification.businessCategory,"
                    + " c.classification.cause, c.assignee, c.clock.decisionDueAt, c.notice.respondedAt, c.notice.decidedWithinLimit, c.clock.extensionLevel,"
                    + " c.reply.closedAt, c.customerId, k.name from Complaint c, Customer k where k.id = c.customerId"
                    + " and c.receivedAt >= :from and c.receivedAt < :to" + filters("c", f) + " order by c.receivedAt, c.id";
            case SERVICE_REQUESTS -> "select r.reference, r.receivedAt, r.branchCode, r.status, r.channel, r.category,"
                    + " r.assignee, r.firstResponseDueAt, r.acceptedAt, r.respondedAt, r.closedAt, r.customerId, r.subject"
                    + " from ServiceRequest r where r.receivedAt >= :from and r.receivedAt < :to" + filters("r", f)
                    + " order by r.receivedAt, r.id";
            case RETURN_VISITS -> "select u.sourceRef, v.completedAt, v.branchCode, v.status, v.attempts, v.speed,"
                    + " v.professionalism, v.personalisation, v.overall, v.nps, v.visitedBy, v.handledBy"
                    + " from ReturnVisit v, FollowUp u where u.id = v.followUpId and v.completedAt >= :from"
                    + " and v.completedAt < :to" + filters("v", f) + " order by v.completedAt, v.id";
        };
        TypedQuery<Object[]> q = em.createQuery(jpql, Object[].class).setParameter("from", start).setParameter("to", end)
                .setParameter("all", caller.scope().all()).setParameter("scope", caller.scope().queryBranches())
                .setHint("org.hibernate.fetchSize", FETCH).setHint("org.hibernate.readOnly", true);
        if (f.branch() != null) {
            q.setParameter("branch", f.branch());
        }
        if (f.status() != null) {
            q.setParameter("status", status(ledger, f.status()));
        }
        return q.getResultStream().map(LedgerService::cells);
    }

    private static String filters(String alias, Filter f) {
        return " and (:all = true or " + alias + ".branchCode in :scope)"
                + (f.branch() == null ? "" : " and " + alias + ".branchCode = :branch")
                + (f.status() == null ? "" : " and " + alias + ".status = :status");
    }

    private static Object status(Ledger ledger, String status) {
        try {
            return switch (ledger) {
                case COMPLAINTS -> com.servicedesk.complaint.ComplaintStatus.valueOf(status);
                case SERVICE_REQUESTS -> com.servicedesk.servicerequest.ServiceRequestStatus.valueOf(status);
                case RETURN_VISITS -> com.servicedesk.followup.ReturnVisitStatus.valueOf(status);
            };
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "'" + status + "' is not a status of the " + ledger.nameEn);
        }
    }

    /** Enum values as their names, booleans as 是/否. */
    private static Object[] cells(Object[] row) {
        List<Object> cells = new ArrayList<>(row.length);
        for (Object v : row) {
            cells.add(v instanceof Enum<?> e ? e.name() : v instanceof Boolean b ? (b ? "是" : "否") : v);
        }
        return cells.toArray();
    }
}
