package com.servicedesk.reports.security;

import com.servicedesk.reports.PdfRenderer;
import com.servicedesk.reports.ReportMeta;
import com.servicedesk.reports.Reports;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/** The information security audit report as a PDF (PDF/A when archived), from the {@code security-audit} template. */
public final class SecurityAuditReport {

    static final String TEMPLATE = "security-audit";

    private SecurityAuditReport() {
    }

    public static byte[] pdf(SecurityAudit s, ReportMeta meta) {
        ResourceBundle t = Reports.bundle(meta.locale());
        Map<String, Object> p = new HashMap<>();
        p.put("Subtitle", MessageFormat.format(t.getString("cs.period"), s.from(), s.to()));
        p.put("Intact", s.intact());
        p.put("Entries", s.entries());
        p.put("Chains", s.chains());
        p.put("Anchors", s.anchors());
        p.put("FirstBreak", s.firstBreak());
        p.put("ClearValueViews", s.clearValueViews());
        p.put("FailedLogins", s.failedLogins());
        p.put("Lockouts", s.lockouts());
        p.put("PrivilegeChanges", s.privilegeChanges());
        p.put("Training", s.training());
        p.put("Findings", s.openFindings());
        return PdfRenderer.render(TEMPLATE, p, List.of(), meta);
    }
}
