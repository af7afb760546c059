package com.servicedesk.reports.complaint;

import com.servicedesk.reports.Charts;
import com.servicedesk.reports.PdfRenderer;
import com.servicedesk.reports.ReportMeta;
import com.servicedesk.reports.Reports;
import com.servicedesk.reports.XlsxBook;
import com.servicedesk.reports.XlsxBook.Column;
import com.servicedesk.reports.XlsxBook.Kind;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/** The complaint statistics as a PDF (PDF/A when archived) and as a workbook. */
public final class ComplaintStatisticsReport {

    /** One line of a breakdown table; the section groups the lines under its title. */
    public record Line(String section, String sectionTitle, String code, String name, Long count, BigDecimal share,
                       String note) {
    }

    static final String TEMPLATE = "complaint-statistics";

    private ComplaintStatisticsReport() {
    }

    public static byte[] pdf(ComplaintStatistics s, ReportMeta meta) {
        ResourceBundle texts = Reports.bundle(meta.locale());
        Map<String, Object> p = new HashMap<>();
        p.put("Subtitle", MessageFormat.format(texts.getString("cs.period"), s.from().toString(), s.to().toString()));
        p.put("CodeBasis", MessageFormat.format(texts.getString("cs.codeBasis"), String.join(", ", s.codeLists())));
        p.put("Received", s.received());
        p.put("Accepted", s.accepted());
        p.put("Declined", s.declined());
        p.put("Closed", s.closed());
        p.put("Told", s.told());
        p.put("ToldInLimit", s.toldInLimit());
        p.put("InLimitRate", s.inLimitRate());
        p.put("Extensions1", s.extensions1());
        p.put("Extensions2", s.extensions2());
        p.put("ReviewsRequested", s.reviewsRequested());
        p.put("ReviewsUpheld", s.reviewsUpheld());
        p.put("ReviewsRevised", s.reviewsRevised());
        p.put("MeanDays", s.meanDays());
        p.put("P90Days", s.p90Days());
        p.put("Repeats", s.repeats());
        p.put("Withdrawn", s.withdrawn());
        p.put("TrendChart", Charts.bars(s.months().stream().map(ComplaintStatistics.Month::month).toList(),
                List.of(new Charts.Series(texts.getString("chart.received"),
                                s.months().stream().map(ComplaintStatistics.Month::received).toList()),
                        new Charts.Series(texts.getString("chart.closed"),
                                s.months().stream().map(ComplaintStatistics.Month::closed).toList())),
                523, 144));
        return PdfRenderer.render(TEMPLATE, p, lines(s, texts), meta);
    }

    /** The breakdown tables, in order; an empty breakdown says so rather than vanishing. */
    static List<Line> lines(ComplaintStatistics s, ResourceBundle texts) {
        List<Line> lines = new ArrayList<>();
        section(lines, "1", texts.getString("cs.section.channel"), s.channels(), s, texts);
        section(lines, "2", texts.getString("cs.section.category"), s.categories(), s, texts);
        section(lines, "3", texts.getString("cs.section.cause"), s.causes(), s, texts);
        section(lines, "4", texts.getString("cs.section.topCauses"), s.topCauses(), s, texts);
        section(lines, "5", texts.getString("cs.section.region"), s.regions(), s, texts);
        section(lines, "6", texts.getString("cs.section.branch"), s.branches(), s, texts);
        String monthly = texts.getString("cs.section.monthly");
        NumberFormat percent = NumberFormat.getPercentInstance();
        percent.setMinimumFractionDigits(1);
        for (ComplaintStatistics.Month m : s.months()) {
            lines.add(new Line("7", monthly, m.month(), m.month(), m.received(), s.share(m.received()),
                    MessageFormat.format(texts.getString("cs.monthly.note"), m.closed(),
                            m.inLimitRate() == null ? "—" : percent.format(m.inLimitRate()))));
        }
        if (s.months().isEmpty()) {
            lines.add(new Line("7", monthly, null, texts.getString("common.none"), null, null, null));
        }
        regulatory(lines, s, texts, percent);
        return lines;
    }

    /** Section 8, the regulator's bulletin figures: change on the previous period, rates, lines, transfers, remedies, ADR. */
    private static void regulatory(List<Line> lines, ComplaintStatistics s, ResourceBundle texts, NumberFormat percent) {
        ComplaintStatistics.Regulatory r = s.regulatory();
        String title = texts.getString("cs.section.regulatory");
        BigDecimal change = ComplaintStatistics.Regulatory.change(s.received(), r.previousReceived());
        lines.add(new Line("8", title, null, texts.getString("cs.reg.received"), s.received(), null,
                MessageFormat.format(texts.getString("cs.reg.previous"), r.previousReceived(), r.previousFrom().toString(),
                        r.previousTo().toString(), change == null ? "—" : signed(percent, change))));
        lines.add(new Line("8", title, null, texts.getString("cs.reg.per10k"), null, null,
                MessageFormat.format(texts.getString("cs.reg.per10kNote"), plain(r.per10kCustomers(s.received())), r.customers())));
        lines.add(new Line("8", title, null, texts.getString("cs.reg.perBranch"), null, null,
                MessageFormat.format(texts.getString("cs.reg.perBranchNote"), plain(r.perBranch(s.received())), r.branches())));
        for (ComplaintStatistics.Count line : r.businessLines()) {
            lines.add(new Line("8", title, line.code(), line.name(), line.count(), s.share(line.count()), null));
        }
        lines.add(new Line("8", title, null, texts.getString("cs.reg.transferred"), r.transferred(), s.share(r.transferred()),
                MessageFormat.format(texts.getString("cs.reg.transferredNote"), r.transferredTold(), r.transferredInLimit())));
        lines.add(new Line("8", title, null, texts.getString("cs.withdrawn"), s.withdrawn(), s.share(s.withdrawn()), null));
        lines.add(new Line("8", title, null, texts.getString("cs.reg.merged"), r.merged(), s.share(r.merged()), null));
        lines.add(new Line("8", title, null, texts.getString("cs.reg.remedies"), r.remedies(), null,
                MessageFormat.format(texts.getString("cs.reg.remedySum"), plain(r.remedySum()))));
        for (ComplaintStatistics.Count route : r.adrRoutes()) {
            lines.add(new Line("8", title, null, route.name(), route.count(), null, null));
        }
        for (ComplaintStatistics.Count result : r.adrResults()) {
            lines.add(new Line("8", title, null, result.name(), result.count(), null, null));
        }
    }

    private static String signed(NumberFormat percent, BigDecimal fraction) {
        return (fraction.signum() > 0 ? "+" : "") + percent.format(fraction);
    }

    private static String plain(BigDecimal value) {
        return value == null ? "—" : value.toPlainString();
    }

    private static void section(List<Line> lines, String key, String title, List<ComplaintStatistics.Count> counts,
                                ComplaintStatistics s, ResourceBundle texts) {
        for (ComplaintStatistics.Count c : counts) {
            lines.add(new Line(key, title, c.code(), c.name(), c.count(), s.share(c.count()), null));
        }
        if (counts.isEmpty()) {
            lines.add(new Line(key, title, null, texts.getString("common.none"), null, null, null));
        }
    }

    /** Sheets: the key figures, every breakdown line, and the monthly trend. */
    public static byte[] xlsx(ComplaintStatistics s, ReportMeta meta) {
        ResourceBundle texts = Reports.bundle(meta.locale());
        String title = meta.title() + " " + MessageFormat.format(texts.getString("cs.period"), s.from(), s.to()) + " · "
                + MessageFormat.format(texts.getString("cs.codeBasis"), String.join(", ", s.codeLists()));
        try (XlsxBook book = new XlsxBook()) {
            XlsxBook.Table summary = book.sheet(texts.getString("xlsx.summary"), title,
                    List.of(new Column(texts.getString("common.name"), Kind.TEXT, 24),
                            new Column(texts.getString("xlsx.value"), Kind.DECIMAL, 12)));
            summary.row(texts.getString("cs.received"), s.received())
                    .row(texts.getString("cs.accepted"), s.accepted())
                    .row(texts.getString("cs.declined"), s.declined())
                    .row(texts.getString("cs.closed"), s.closed())
                    .row(texts.getString("xlsx.told"), s.told())
                    .row(texts.getString("xlsx.toldInLimit"), s.toldInLimit())
                    .row(texts.getString("xlsx.extensions1"), s.extensions1())
                    .row(texts.getString("xlsx.extensions2"), s.extensions2())
                    .row(texts.getString("xlsx.reviewsRequested"), s.reviewsRequested())
                    .row(texts.getString("xlsx.reviewsUpheld"), s.reviewsUpheld())
                    .row(texts.getString("xlsx.reviewsRevised"), s.reviewsRevised())
                    .row(texts.getString("xlsx.meanDays"), s.meanDays())
                    .row(texts.getString("xlsx.p90Days"), s.p90Days())
                    .row(texts.getString("cs.repeat"), s.repeats())
                    .row(texts.getString("cs.withdrawn"), s.withdrawn())
                    .row(texts.getString("cs.reg.merged"), s.regulatory().merged())
                    .row(texts.getString("cs.reg.previousReceived"), s.regulatory().previousReceived())
                    .row(texts.getString("cs.reg.change"), ComplaintStatistics.Regulatory.change(s.received(),
                            s.regulatory().previousReceived()))
                    .row(texts.getString("cs.reg.per10k"), s.regulatory().per10kCustomers(s.received()))
                    .row(texts.getString("cs.reg.perBranch"), s.regulatory().perBranch(s.received()))
                    .row(texts.getString("cs.reg.transferred"), s.regulatory().transferred())
                    .row(texts.getString("cs.reg.transferredTold"), s.regulatory().transferredTold())
                    .row(texts.getString("cs.reg.transferredInLimit"), s.regulatory().transferredInLimit())
                    .row(texts.getString("cs.reg.remedies"), s.regulatory().remedies())
                    .row(texts.getString("cs.reg.remedySumValue"), s.regulatory().remedySum());
            XlsxBook.Table rate = book.sheet(texts.getString("cs.inLimit"), title,
                    List.of(new Column(texts.getString("xlsx.told"), Kind.INTEGER, 12),
                            new Column(texts.getString("xlsx.toldInLimit"), Kind.INTEGER, 12),
                            new Column(texts.getString("cs.inLimit"), Kind.PERCENT, 14)));
            rate.row(s.told(), s.toldInLimit(), new XlsxBook.Formula("IF(A3=0,\"\",B3/A3)"));
            XlsxBook.Table breakdown = book.sheet(texts.getString("xlsx.breakdown"), title,
                    List.of(new Column(texts.getString("xlsx.section"), Kind.TEXT, 16),
                            new Column(texts.getString("common.code"), Kind.TEXT, 10),
                            new Column(texts.getString("common.name"), Kind.TEXT, 20),
                            new Column(texts.getString("common.count"), Kind.INTEGER, 10),
                            new Column(texts.getString("common.share"), Kind.PERCENT, 10)));
            for (Line l : lines(s, texts)) {
                if (!"7".equals(l.section()) && l.count() != null) {
                    breakdown.row(l.sectionTitle(), l.code(), l.name(), l.count(), l.share());
                }
            }
            XlsxBook.Table trend = book.sheet(texts.getString("cs.trend"), title,
                    List.of(new Column(texts.getString("xlsx.month"), Kind.TEXT, 10),
                            new Column(texts.getString("cs.received"), Kind.INTEGER, 10),
                            new Column(texts.getString("cs.closed"), Kind.INTEGER, 10),
                            new Column(texts.getString("xlsx.told"), Kind.INTEGER, 10),
                            new Column(texts.getString("xlsx.toldInLimit"), Kind.INTEGER, 12),
                            new Column(texts.getString("cs.inLimit"), Kind.PERCENT, 14)));
            for (ComplaintStatistics.Month m : s.months()) {
                int r = trend.nextRowNumber();
                trend.row(m.month(), m.received(), m.closed(), m.told(), m.toldInLimit(),
                        new XlsxBook.Formula("IF(D" + r + "=0,\"\",E" + r + "/D" + r + ")"));
            }
            return book.toBytes();
        }
    }
}
