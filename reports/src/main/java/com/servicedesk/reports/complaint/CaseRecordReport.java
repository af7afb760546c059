package com.servicedesk.reports.complaint;

import com.servicedesk.reports.PdfRenderer;
import com.servicedesk.reports.ReportMeta;
import com.servicedesk.reports.Reports;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/** The case record of one complaint as a PDF (PDF/A when archived), from the {@code case-record} template. */
public final class CaseRecordReport {

    static final String TEMPLATE = "case-record";

    /** A step of the decision clock as the clock subreport lists it: an extension (with its level) or a pause. */
    public record ClockStep(String kind, Integer level, Integer limitDays, Instant startedAt, Instant endedAt, String by,
                            String reason) {
    }

    private CaseRecordReport() {
    }

    public static byte[] pdf(CaseRecord r, ReportMeta meta) {
        ResourceBundle t = Reports.bundle(meta.locale());
        Map<String, Object> p = new HashMap<>();
        p.put("Subtitle", r.reference() + "  ·  " + Reports.label(t, "complaintStatus.", r.status()));
        p.put("Reference", r.reference());
        p.put("Status", r.status());
        p.put("Customer", r.customer());
        p.put("Branch", r.branch());
        p.put("Channel", r.channel());
        p.put("BusinessCategory", r.businessCategory());
        p.put("Cause", r.cause());
        p.put("Severity", r.severity());
        p.put("Description", r.description());
        p.put("ReceivedAt", r.receivedAt());
        p.put("RegisteredBy", r.registeredBy());
        p.put("Assignee", r.assignee());
        p.put("Policy", r.policy());
        p.put("DecisionDueAt", r.decisionDueAt());
        p.put("Overdue", r.overdue());
        p.put("ClockSteps", clockSteps(r));
        p.put("Resolution", r.resolution());
        p.put("RemedyType", r.remedyType());
        p.put("RemedyAmount", r.remedyAmount());
        p.put("RemedyCurrency", r.remedyCurrency());
        p.put("RootCause", r.rootCause());
        p.put("ProposedBy", r.proposedBy());
        p.put("RespondedAt", r.respondedAt());
        p.put("RespondedBy", r.respondedBy());
        p.put("ResponseChannel", r.responseChannel());
        p.put("DecidedWithinLimit", r.decidedWithinLimit());
        p.put("Reviews", r.reviews());
        p.put("Files", r.files());
        p.put("AdrOutcomes", r.adrOutcomes());
        p.put("Particulars", particulars(r.particulars(), Reports.bundle(meta.locale())));
        p.put("CustomerResponse", r.customerResponse());
        p.put("ClosedAt", r.closedAt());
        p.put("RemedyCarriedOutOn", r.remedyCarriedOutOn());
        p.put("RepeatOf", r.repeatOf());
        return PdfRenderer.render(TEMPLATE, p, r.timeline(), meta);
    }

    /** The further rules' particulars as lines of text in the report's language, or null when there are none. */
    static String particulars(CaseRecord.Particulars p, ResourceBundle t) {
        if (p == null) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        if (p.regulatorReference() != null) {
            lines.add(MessageFormat.format(t.getString("cr.transfer"), p.regulatorReference(), String.valueOf(p.transferredOn())));
        }
        if (p.representative() != null) {
            lines.add(MessageFormat.format(t.getString("cr.representative"), p.representative(),
                    Reports.label(t, "relation.", p.representativeRelation()),
                    t.getString(p.authorisationOnFile() ? "cr.authorisationOnFile" : "cr.authorisationMissing")));
        }
        if (p.group() != null) {
            lines.add(MessageFormat.format(t.getString("cr.group"), p.group()));
        }
        if (p.mergedInto() != null) {
            lines.add(MessageFormat.format(t.getString("cr.mergedInto"), p.mergedInto()));
        }
        if (!p.mergedIn().isEmpty()) {
            lines.add(MessageFormat.format(t.getString("cr.mergedIn"), String.join("、", p.mergedIn())));
        }
        if (p.withdrawnAt() != null) {
            lines.add(MessageFormat.format(t.getString("cr.withdrawn"),
                    DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Reports.ZONE).format(p.withdrawnAt()),
                    p.withdrawalReason()));
        }
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    /** The extensions, then the pauses, each in the order they happened. */
    static List<ClockStep> clockSteps(CaseRecord r) {
        List<ClockStep> steps = new ArrayList<>();
        r.extensions().forEach(e -> steps.add(new ClockStep("EXTENSION", e.level(), e.limitDays(), e.grantedAt(), null,
                e.grantedBy(), e.reason())));
        r.pauses().forEach(p -> steps.add(new ClockStep("PAUSE", null, null, p.startedAt(), p.endedAt(), null, p.reason())));
        return steps;
    }
}
