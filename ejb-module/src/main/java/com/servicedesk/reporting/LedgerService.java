package com.servicedesk.reporting;

import com.servicedesk.reports.Reports;
import com.servicedesk.reports.ReportMeta;
import com.servicedesk.reports.XlsxBook;
import com.servicedesk.reports.ledger.LedgerReports;
import com.servicedesk.reports.ledger.LedgerReports.Ledger;
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
import java.util.ResourceBundle;
import java.util.stream.Stream;

/**
 * Ledgers (台账) of complaints, service requests and return visits over a period, filtered by branch and
 * status, streamed row by row from a projection query into a streaming workbook, so that memory stays
 * flat however many rows there are. Personal data appears only as the customer's name and number.
 */
@Stateless
@RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.AUDITOR_NAME})
public class LedgerService {

    /**
     * Which rows: the period (by receipt or completion), a branch, a status; or a selection of records
     * by id (a list's selected rows), whatever their period.
     */
    public record Filter(LocalDate from, LocalDate to, String branch, String status, List<Long> ids) {
        public Filter {
            if (ids == null && (from == null || to == null)) {
                throw new InvalidInputException("from", "both from and to are required (yyyy-MM-dd)");
            }
            if (ids == null && to.isBefore(from)) {
                throw new InvalidInputException("to", "must not be before from");
            }
            ids = ids == null ? null : List.copyOf(ids);
        }

        public Filter(LocalDate from, LocalDate to, String branch, String status) {
            this(from, to, branch, status, null);
        }

        /** The records with these ids, those outside the caller's branches left out. */
        public static Filter selection(List<Long> ids) {
            return new Filter(null, null, null, null, ids);
        }

        /** The period as a title shows it, or nothing for a selection. */
        String period() {
            return ids != null ? "" : " " + from + " – " + to;
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

    public String fileName(Ledger ledger, Filter f, Locale locale, String extension) {
        return ledger.title(locale).replace(' ', '_') + "_" + (f.ids() != null ? "selection"
                : f.from().toString().replace("-", "") + "-" + f.to().toString().replace("-", "")) + "." + extension;
    }

    /** Streams the ledger as a workbook, every column headed in the language; returns the number of rows written. */
    public long xlsx(Ledger ledger, Filter f, Locale locale, OutputStream out) {
        Caller caller = callers.current();
        ResourceBundle texts = Reports.bundle(locale);
        String title = ledger.title(locale) + f.period();
        try (XlsxBook book = new XlsxBook(); Stream<Record> rows = rows(ledger, f, caller)) {
            XlsxBook.Table sheet = book.sheet(ledger.title(locale), title, LedgerReports.columns(ledger, locale));
            long[] count = {0};
            rows.forEach(row -> {
                sheet.row(LedgerReports.cells(ledger, row, texts));
                count[0]++;
                if (count[0] % FETCH == 0) {
                    em.clear();
                }
            });
            book.write(out);
            return count[0];
        }
    }

    /** The ledger as a landscape PDF of its own template, every column, of at most {@link #PDF_ROWS} rows. */
    public byte[] pdf(Ledger ledger, Filter f, Locale locale, String reportNumber) {
        Caller caller = callers.current();
        List<Record> lines = new ArrayList<>();
        try (Stream<Record> rows = rows(ledger, f, caller)) {
            rows.limit(PDF_ROWS + 1L).forEach(row -> {
                if (lines.size() == PDF_ROWS) {
                    throw new InvalidInputException("to", "more than " + PDF_ROWS + " rows: ask for the workbook (format=xlsx)");
                }
                lines.add(row);
            });
        }
        String period = f.period().strip() + (f.branch() == null ? "" : " · " + f.branch());
        return LedgerReports.pdf(ledger, lines, period, new ReportMeta(reportNumber, ledger.title(locale),
                ledger.title(locale) + f.period(), Reports.bundle(locale).getString("bank.name"),
                time.now(), locale, false));
    }

    private Stream<Record> rows(Ledger ledger, Filter f, Caller caller) {
        caller.requireBusinessAccess();
        if (f.branch() != null && !caller.scope().includes(f.branch())) {
            throw new InvalidInputException("branch", "is not one of your branches");
        }
        String jpql = switch (ledger) {
            case COMPLAINTS -> "select c.reference, c.receivedAt, c.branchCode, c.status, c.classification.channelCode, c.classification.businessCategory,"
                    + " c.classification.cause, c.assignee, c.clock.decisionDueAt, c.notice.respondedAt, c.notice.decidedWithinLimit, c.clock.extensionLevel,"
                    + " c.reply.closedAt, c.customerId, k.name from Complaint c, Customer k where k.id = c.customerId"
                    + rowsOf("c", "receivedAt", f) + " order by c.receivedAt, c.id";
            case SERVICE_REQUESTS -> "select r.reference, r.receivedAt, r.branchCode, r.status, r.channel, r.category,"
                    + " r.assignee, r.firstResponseDueAt, r.acceptedAt, r.respondedAt, r.closedAt, r.customerId, r.subject"
                    + " from ServiceRequest r where 1 = 1" + rowsOf("r", "receivedAt", f) + " order by r.receivedAt, r.id";
            case RETURN_VISITS -> "select u.sourceRef, v.completedAt, v.branchCode, v.status, v.attempts, v.speed,"
                    + " v.professionalism, v.personalisation, v.overall, v.nps, v.visitedBy, v.handledBy"
                    + " from ReturnVisit v, FollowUp u where u.id = v.followUpId" + rowsOf("v", "completedAt", f)
                    + " order by v.completedAt, v.id";
            case APPLICATIONS -> "select a.reference, a.createdAt, a.branchCode, a.status, a.typeCode, a.createdBy,"
                    + " a.submittedAt, a.reviewer, a.reviewedAt, a.completedAt, a.customerId, k.name"
                    + " from BusinessApplication a, Customer k where k.id = a.customerId" + rowsOf("a", "createdAt", f)
                    + " order by a.createdAt, a.id";
        };
        TypedQuery<Object[]> q = em.createQuery(jpql, Object[].class)
                .setParameter("all", caller.scope().all()).setParameter("scope", caller.scope().queryBranches())
                .setHint("org.hibernate.fetchSize", FETCH).setHint("org.hibernate.readOnly", true);
        if (f.ids() != null) {
            q.setParameter("ids", f.ids());
        } else {
            q.setParameter("from", f.from().atStartOfDay(TimeSource.BANK_ZONE).toInstant())
                    .setParameter("to", f.to().plusDays(1).atStartOfDay(TimeSource.BANK_ZONE).toInstant());
        }
        if (f.branch() != null) {
            q.setParameter("branch", f.branch());
        }
        if (f.status() != null) {
            q.setParameter("status", status(ledger, f.status()));
        }
        return q.getResultStream().map(row -> row(ledger, row));
    }

    /** The rows' period on {@code periodField}, or the selection; then the scope, branch and status. */
    private static String rowsOf(String alias, String periodField, Filter f) {
        return (f.ids() != null ? " and " + alias + ".id in :ids"
                : " and " + alias + "." + periodField + " >= :from and " + alias + "." + periodField + " < :to")
                + " and (:all = true or " + alias + ".branchCode in :scope)"
                + (f.branch() == null ? "" : " and " + alias + ".branchCode = :branch")
                + (f.status() == null ? "" : " and " + alias + ".status = :status");
    }

    private static Object status(Ledger ledger, String status) {
        try {
            return switch (ledger) {
                case COMPLAINTS -> com.servicedesk.complaint.ComplaintStatus.valueOf(status);
                case SERVICE_REQUESTS -> com.servicedesk.servicerequest.ServiceRequestStatus.valueOf(status);
                case RETURN_VISITS -> com.servicedesk.followup.ReturnVisitStatus.valueOf(status);
                case APPLICATIONS -> com.servicedesk.application.ApplicationStatus.valueOf(status);
            };
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "'" + status + "' is not a status of the " + ledger.title(Locale.ENGLISH));
        }
    }

    /** A projection row as the ledger's typed row; statuses and channels by their code. */
    private static Record row(Ledger ledger, Object[] r) {
        return switch (ledger) {
            case COMPLAINTS -> new LedgerReports.ComplaintRow((String) r[0], (Instant) r[1], (String) r[2], name(r[3]),
                    (String) r[4], (String) r[5], (String) r[6], (String) r[7], (Instant) r[8], (Instant) r[9],
                    (Boolean) r[10], (Integer) r[11], (Instant) r[12], (Long) r[13], (String) r[14]);
            case SERVICE_REQUESTS -> new LedgerReports.ServiceRequestRow((String) r[0], (Instant) r[1], (String) r[2],
                    name(r[3]), name(r[4]), name(r[5]), (String) r[6], (Instant) r[7], (Instant) r[8], (Instant) r[9],
                    (Instant) r[10], (Long) r[11], (String) r[12]);
            case RETURN_VISITS -> new LedgerReports.ReturnVisitRow((String) r[0], (Instant) r[1], (String) r[2], name(r[3]),
                    (Integer) r[4], (Integer) r[5], (Integer) r[6], (Integer) r[7], (Integer) r[8], (Integer) r[9],
                    (String) r[10], (String) r[11]);
            case APPLICATIONS -> new LedgerReports.ApplicationRow((String) r[0], (Instant) r[1], (String) r[2], name(r[3]),
                    (String) r[4], (String) r[5], (Instant) r[6], (String) r[7], (Instant) r[8], (Instant) r[9],
                    (Long) r[10], (String) r[11]);
        };
    }

    private static String name(Object value) {
        return value instanceof Enum<?> e ? e.name() : (String) value;
    }
}
