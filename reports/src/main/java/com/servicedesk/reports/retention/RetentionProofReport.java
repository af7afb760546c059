package com.servicedesk.reports.retention;

import com.servicedesk.reports.PdfRenderer;
import com.servicedesk.reports.ReportMeta;
import java.util.HashMap;
import java.util.Map;

/** The proof of destruction (个人信息销毁证明) of a retention run, from the {@code retention-proof} template. */
public final class RetentionProofReport {

    static final String TEMPLATE = "retention-proof";

    private RetentionProofReport() {
    }

    public static byte[] pdf(RetentionProof proof, ReportMeta meta) {
        Map<String, Object> p = new HashMap<>();
        p.put("Subtitle", proof.run());
        p.put("Run", proof.run());
        p.put("AsOf", proof.asOf());
        p.put("StartedBy", proof.startedBy());
        p.put("StartedAt", proof.startedAt());
        p.put("FinishedAt", proof.finishedAt());
        p.put("Customers", proof.customers());
        return PdfRenderer.render(TEMPLATE, p, proof.lines(), meta);
    }
}
