package com.servicedesk.reports.security;

import com.servicedesk.reports.Document;
import com.servicedesk.reports.ReportMeta;
import com.servicedesk.reports.Reports;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;

/** The information security audit report as a PDF (PDF/A when archived). */
public final class SecurityAuditReport {

    private SecurityAuditReport() {
    }

    public static byte[] pdf(SecurityAudit s, ReportMeta meta) {
        ResourceBundle t = Reports.bundle(meta.locale());
        Document d = new Document().subtitle(MessageFormat.format(t.getString("cs.period"), s.from(), s.to()))
                .intro(t.getString("sa.intro"));
        d.section(t.getString("sa.chain"))
                .strong(t.getString("sa.verdict"), t.getString(s.intact() ? "sa.intact" : "sa.broken"))
                .kv(t.getString("sa.entries"), String.format("%,d", s.entries()))
                .kv(t.getString("sa.chains"), String.format("%,d", s.chains()))
                .kv(t.getString("sa.anchors"), String.format("%,d", s.anchors()));
        if (!s.intact()) {
            d.strong(t.getString("sa.firstBreak"), s.firstBreak());
        }
        events(d, t, t.getString("sa.views"), s.clearValueViews());
        d.section(t.getString("sa.logins")).strong(t.getString("sa.failedLogins"), String.format("%,d", s.failedLogins()));
        for (SecurityAudit.Event e : s.lockouts()) {
            line(d, e);
        }
        if (s.lockouts().isEmpty()) {
            d.text(t.getString("sa.noLockouts"));
        }
        events(d, t, t.getString("sa.privileges"), s.privilegeChanges());
        d.section(t.getString("sa.training"));
        d.head(t.getString("sa.branch"), t.getString("sa.staff"), t.getString("sa.completed"), t.getString("sa.rate"));
        for (SecurityAudit.Training tr : s.training()) {
            d.row(tr.branch(), tr.staff(), tr.completed(), percent(tr.rate()));
        }
        d.section(t.getString("sa.findings"));
        if (s.openFindings().isEmpty()) {
            d.text(t.getString("sa.noFindings"));
        }
        for (SecurityAudit.Finding f : s.openFindings()) {
            d.kv(f.title(), MessageFormat.format(t.getString("sa.findingLine"), label(t, "severity.", f.severity()),
                    f.owner(), f.dueOn(), f.status()));
        }
        return d.closing(t.getString("sa.closing")).signOff().pdf(meta);
    }

    private static void events(Document d, ResourceBundle t, String title, List<SecurityAudit.Event> events) {
        d.section(title);
        if (events.isEmpty()) {
            d.text(t.getString("common.none"));
        }
        for (SecurityAudit.Event e : events) {
            line(d, e);
        }
    }

    private static void line(Document d, SecurityAudit.Event e) {
        d.kv(Document.text(e.at()) + "  " + e.actor(), e.action() + (e.subject() == null ? "" : " · " + e.subject())
                + (e.detail() == null || e.detail().isBlank() ? "" : " · " + e.detail()));
    }

    private static String percent(BigDecimal fraction) {
        return fraction == null ? "—" : fraction.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP) + "%";
    }

    private static String label(ResourceBundle t, String prefix, String code) {
        return t.containsKey(prefix + code) ? t.getString(prefix + code) : code;
    }
}
