package com.servicedesk.reports.service;

import com.servicedesk.reports.Charts;
import com.servicedesk.reports.Document;
import com.servicedesk.reports.ReportMeta;
import com.servicedesk.reports.Reports;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;

/** The service quality report as a PDF. */
public final class ServiceQualityReport {

    private ServiceQualityReport() {
    }

    public static byte[] pdf(ServiceQuality q, ReportMeta meta) {
        ResourceBundle t = Reports.bundle(meta.locale());
        Document d = new Document().subtitle(MessageFormat.format(t.getString("cs.period"), q.from(), q.to()))
                .intro(t.getString("sq.intro"));
        List<ServiceQuality.Satisfaction> totals = q.satisfaction().stream().filter(s -> s.month() == null).toList();
        if (!totals.isEmpty()) {
            d.chart(t.getString("sq.chart"), Charts.bars(totals.stream().map(ServiceQuality.Satisfaction::branch).toList(),
                    List.of(new Charts.Series(t.getString("sq.speed"), totals.stream().map(ServiceQuality.Satisfaction::speed).toList()),
                            new Charts.Series(t.getString("sq.professionalism"), totals.stream().map(ServiceQuality.Satisfaction::professionalism).toList()),
                            new Charts.Series(t.getString("sq.personalisation"), totals.stream().map(ServiceQuality.Satisfaction::personalisation).toList())),
                    523, 160));
        }
        d.section(t.getString("sq.satisfaction"));
        d.head(t.getString("sq.branchMonth"), t.getString("sq.visits"), t.getString("sq.speed"),
                t.getString("sq.professionalism"), t.getString("sq.personalisation"), t.getString("sq.overall"),
                t.getString("sq.index"));
        for (ServiceQuality.Satisfaction s : q.satisfaction()) {
            d.row(s.branch() + " " + (s.month() == null ? t.getString("sq.wholePeriod") : s.month()), s.visits(),
                    s.speed(), s.professionalism(), s.personalisation(), s.overall(), s.index());
        }
        if (q.satisfaction().isEmpty()) {
            d.text(t.getString("common.none"));
        }
        d.section(t.getString("sq.visitRate"));
        d.head(t.getString("sa.branch"), t.getString("sq.due"), t.getString("sq.onTime"), t.getString("sq.rate"),
                t.getString("sq.reached"), t.getString("sq.unreachable"));
        for (ServiceQuality.Visits v : q.visits()) {
            d.row(v.branch(), v.due(), v.closedOnTime(), v.due() == 0 ? "—" : BigDecimal.valueOf(100L * v.closedOnTime())
                    .divide(BigDecimal.valueOf(v.due()), 1, RoundingMode.HALF_UP) + "%", v.reached(), v.unreachable());
        }
        ServiceQuality.Improvement i = q.improvement();
        d.section(t.getString("sq.improvement"))
                .kv(t.getString("sq.raised"), i.raised())
                .kv(t.getString("sq.done"), i.done())
                .kv(t.getString("sq.doneOnTime"), i.doneOnTime())
                .kv(t.getString("sq.effective"), i.checkedEffective())
                .strong(t.getString("sq.openOverdue"), i.openOverdue());
        return d.closing(t.getString("sq.closing")).pdf(meta);
    }
}
