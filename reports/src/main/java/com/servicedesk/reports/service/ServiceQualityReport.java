package com.servicedesk.reports.service;

import com.servicedesk.reports.Charts;
import com.servicedesk.reports.PdfRenderer;
import com.servicedesk.reports.ReportMeta;
import com.servicedesk.reports.Reports;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/** The service quality report as a PDF, from the {@code service-quality} template. */
public final class ServiceQualityReport {

    static final String TEMPLATE = "service-quality";

    private ServiceQualityReport() {
    }

    public static byte[] pdf(ServiceQuality q, ReportMeta meta) {
        ResourceBundle t = Reports.bundle(meta.locale());
        Map<String, Object> p = new HashMap<>();
        p.put("Subtitle", MessageFormat.format(t.getString("cs.period"), q.from(), q.to()));
        List<ServiceQuality.Satisfaction> totals = q.satisfaction().stream().filter(s -> s.month() == null).toList();
        if (!totals.isEmpty()) {
            p.put("Chart", Charts.bars(totals.stream().map(ServiceQuality.Satisfaction::branch).toList(),
                    List.of(new Charts.Series(t.getString("sq.speed"), totals.stream().map(ServiceQuality.Satisfaction::speed).toList()),
                            new Charts.Series(t.getString("sq.professionalism"),
                                    totals.stream().map(ServiceQuality.Satisfaction::professionalism).toList()),
                            new Charts.Series(t.getString("sq.personalisation"),
                                    totals.stream().map(ServiceQuality.Satisfaction::personalisation).toList())),
                    523, 160));
        }
        p.put("Visits", q.visits());
        ServiceQuality.Improvement i = q.improvement();
        p.put("Raised", i.raised());
        p.put("Done", i.done());
        p.put("DoneOnTime", i.doneOnTime());
        p.put("CheckedEffective", i.checkedEffective());
        p.put("OpenOverdue", i.openOverdue());
        return PdfRenderer.render(TEMPLATE, p, q.satisfaction(), meta);
    }
}
