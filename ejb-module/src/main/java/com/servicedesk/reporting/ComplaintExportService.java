package com.servicedesk.reporting;

import com.servicedesk.audit.AuditEvent;
import com.servicedesk.audit.AuditTrail;
import com.servicedesk.reports.complaint.ComplaintExport;
import com.servicedesk.security.Caller;
import com.servicedesk.security.CallerContext;
import com.servicedesk.shared.ForbiddenException;
import com.servicedesk.shared.InvalidInputException;
import com.servicedesk.shared.JsonSupport;
import com.servicedesk.shared.TimeSource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;

/**
 * The regulator's machine-readable export of a period's complaints (one row each, the JR/T 0169
 * codes, no personal data), streamed as CSV or a workbook as it is read; for those who may read the
 * complaint statistics, within their branches, and audited.
 */
@Stateless
@PermitAll
public class ComplaintExportService {

    private static final int FETCH = 1_000;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerContext callers;

    @EJB
    private AuditTrail audit;

    /** Refuses an export the caller may not make, or a period that is no period, before anything is written. */
    public void check(LocalDate from, LocalDate to) {
        Caller caller = callers.current();
        if (!ReportType.COMPLAINT_STATISTICS.allows(caller.role())) {
            throw new ForbiddenException("the " + caller.role() + " role may not export complaints for the regulator");
        }
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidInputException("to", "give from and to, to not before from");
        }
    }

    /** Writes the export as a workbook when asked for XLSX, as CSV otherwise, and audits it; returns the number of rows. */
    public long export(LocalDate from, LocalDate to, ReportFormat format, OutputStream out) {
        check(from, to);
        Caller caller = callers.current();
        long rows;
        try (Stream<ComplaintExport.Row> stream = rows(from, to, caller)) {
            rows = format == ReportFormat.XLSX
                    ? ComplaintExport.xlsx(stream, "Complaints " + from + " – " + to + " (JR/T 0169)", out)
                    : ComplaintExport.csv(stream, out);
        }
        audit.record(AuditEvent.of("ComplaintExport", from + "/" + to, "EXPORT").withDetail(JsonSupport.JSON
                .createObjectBuilder().add("from", from.toString()).add("to", to.toString())
                .add("format", format == ReportFormat.XLSX ? "XLSX" : "CSV").add("rows", rows).build().toString()));
        return rows;
    }

    private Stream<ComplaintExport.Row> rows(LocalDate from, LocalDate to, Caller caller) {
        Instant start = from.atStartOfDay(TimeSource.BANK_ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(TimeSource.BANK_ZONE).toInstant();
        return em.createQuery("select c.reference, c.receivedAt, c.branchCode, c.classification.regionCode,"
                        + " c.classification.channelCode, c.classification.businessCategory, c.classification.cause,"
                        + " c.classification.severity, c.status, c.regulatorReference, c.transferredOn, c.acceptedAt,"
                        + " c.clock.decisionDueAt, c.clock.extensionLevel, c.notice.respondedAt, c.notice.decidedWithinLimit,"
                        + " c.resolution.remedyType, c.resolution.remedyAmount.amount, c.withdrawnAt, m.reference, r.reference,"
                        + " p.reference, c.representative.relation,"
                        + " (select count(v) from ComplaintReview v where v.complaint = c),"
                        + " (select count(o) from ComplaintAdrOutcome o where o.complaint = c), c.reply.closedAt"
                        + " from Complaint c left join Complaint m on m.id = c.mergedIntoId"
                        + " left join Complaint r on r.id = c.relatedToId left join Complaint p on p.id = c.repeatOfId"
                        + " where c.receivedAt >= :from and c.receivedAt < :to and (:all = true or c.branchCode in :scope)"
                        + " order by c.receivedAt, c.id", Object[].class)
                .setParameter("from", start).setParameter("to", end).setParameter("all", caller.scope().all())
                .setParameter("scope", caller.scope().queryBranches())
                .setHint("org.hibernate.fetchSize", FETCH).setHint("org.hibernate.readOnly", true)
                .getResultStream().map(ComplaintExportService::row);
    }

    private static ComplaintExport.Row row(Object[] r) {
        return new ComplaintExport.Row((String) r[0], (Instant) r[1], (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], (String) r[6], name(r[7]), name(r[8]), (String) r[9], (LocalDate) r[10], (Instant) r[11],
                (Instant) r[12], (Integer) r[13], (Instant) r[14], (Boolean) r[15], name(r[16]), (BigDecimal) r[17],
                (Instant) r[18], (String) r[19], (String) r[20], (String) r[21], name(r[22]), (Long) r[23], (Long) r[24],
                (Instant) r[25]);
    }

    private static String name(Object value) {
        return value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
    }
}
