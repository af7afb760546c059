package com.servicedesk.reports.complaint;

import com.servicedesk.reports.Document;
import com.servicedesk.reports.ReportMeta;
import com.servicedesk.reports.Reports;
import java.util.ResourceBundle;

/** The case record of one complaint as a PDF (PDF/A when archived). */
public final class CaseRecordReport {

    private CaseRecordReport() {
    }

    public static byte[] pdf(CaseRecord r, ReportMeta meta) {
        ResourceBundle t = Reports.bundle(meta.locale());
        Document d = new Document().subtitle(r.reference() + "  ·  " + label(t, "complaintStatus.", r.status()));
        d.section(t.getString("cr.basics"))
                .strong(t.getString("cr.reference"), r.reference())
                .kv(t.getString("cr.status"), label(t, "complaintStatus.", r.status()))
                .kv(t.getString("cr.customer"), r.customer())
                .kv(t.getString("cr.branch"), r.branch())
                .kv(t.getString("cr.receivedAt"), r.receivedAt())
                .kv(t.getString("cr.registeredBy"), r.registeredBy())
                .kv(t.getString("cr.assignee"), r.assignee())
                .kv(t.getString("cr.description"), r.description());
        d.section(t.getString("cr.classification"))
                .kv(t.getString("cr.channel"), r.channel())
                .kv(t.getString("cr.category"), r.businessCategory())
                .kv(t.getString("cr.cause"), r.cause())
                .kv(t.getString("cr.severity"), label(t, "severity.", r.severity()))
                .kv(t.getString("cr.repeatOf"), r.repeatOf());
        d.section(t.getString("cr.deadlines"))
                .kv(t.getString("cr.policy"), r.policy())
                .strong(t.getString("cr.decisionDue"), Document.text(r.decisionDueAt())
                        + (r.overdue() ? "  " + t.getString("cr.overdue") : ""));
        for (CaseRecord.Extension e : r.extensions()) {
            d.kv(java.text.MessageFormat.format(t.getString("cr.extension"), e.level(), e.limitDays()),
                    Document.text(e.grantedAt()) + " " + e.grantedBy() + "：" + e.reason());
        }
        for (CaseRecord.Pause p : r.pauses()) {
            d.kv(t.getString("cr.pause"), Document.text(p.startedAt()) + " – "
                    + (p.endedAt() == null ? "" : Document.text(p.endedAt())) + "：" + p.reason());
        }
        d.section(t.getString("cr.decision"))
                .kv(t.getString("cr.resolution"), r.resolution())
                .kv(t.getString("cr.remedy"), r.remedyType() == null ? null
                        : label(t, "remedy.", r.remedyType()) + (r.remedyAmount() == null ? "" : " " + r.remedyAmount()))
                .kv(t.getString("cr.rootCause"), r.rootCause())
                .kv(t.getString("cr.proposedBy"), r.proposedBy())
                .kv(t.getString("cr.respondedAt"), r.respondedAt() == null ? null
                        : Document.text(r.respondedAt()) + " " + r.respondedBy()
                        + (r.responseChannel() == null ? "" : " · " + r.responseChannel()))
                .strong(t.getString("cr.inLimit"), r.decidedWithinLimit() == null ? null
                        : t.getString(r.decidedWithinLimit() ? "common.yes" : "common.no"));
        d.section(t.getString("cr.reviews"));
        if (r.reviews().isEmpty()) {
            d.text(t.getString("cr.noReviews"));
        }
        for (CaseRecord.Review v : r.reviews()) {
            d.kv(Document.text(v.requestedAt()), v.reason())
                    .kv(t.getString("cr.reviewDue"), v.dueAt())
                    .kv(t.getString("cr.reviewDecision"), v.decidedAt() == null ? null
                            : Document.text(v.decidedAt()) + " " + v.decidedBy() + " · "
                            + label(t, "reviewOutcome.", v.outcome()) + (v.decision() == null ? "" : "：" + v.decision()));
        }
        d.section(t.getString("cr.result"))
                .kv(t.getString("cr.customerResponse"), r.customerResponse() == null ? null
                        : label(t, "customerResponse.", r.customerResponse()))
                .kv(t.getString("cr.remedyDone"), r.remedyCarriedOutOn())
                .kv(t.getString("cr.closedAt"), r.closedAt());
        d.section(t.getString("cr.timeline"));
        for (CaseRecord.Event e : r.timeline()) {
            d.kv(Document.text(e.at()) + "  " + e.actor(), label(t, "complaintAction.", e.action())
                    + (e.detail() == null || e.detail().isBlank() ? "" : "：" + e.detail()));
        }
        d.closing(t.getString("cr.closing"));
        return d.pdf(meta);
    }

    private static String label(ResourceBundle t, String prefix, String code) {
        if (code == null) {
            return null;
        }
        return t.containsKey(prefix + code) ? t.getString(prefix + code) : code;
    }
}
