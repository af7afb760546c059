package com.servicedesk.reports.retention;

import com.servicedesk.reports.PdfRenderer;
import com.servicedesk.reports.ReportMeta;
import java.util.HashMap;
import java.util.Map;

/** The copy of a customer's personal information (个人信息副本), from the {@code personal-data-copy} template. */
public final class PersonalDataCopyReport {

    static final String TEMPLATE = "personal-data-copy";

    private PersonalDataCopyReport() {
    }

    public static byte[] pdf(PersonalDataCopy copy, ReportMeta meta) {
        Map<String, Object> p = new HashMap<>();
        p.put("Subtitle", copy.request());
        p.put("Name", copy.name());
        p.put("IdNumber", copy.idNumber());
        p.put("Phone", copy.phone());
        p.put("Email", copy.email());
        p.put("Branch", copy.branch());
        p.put("CustomerSince", copy.customerSince());
        return PdfRenderer.render(TEMPLATE, p, copy.records(), meta);
    }
}
