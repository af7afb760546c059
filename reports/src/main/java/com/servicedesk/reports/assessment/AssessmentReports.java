package com.servicedesk.reports.assessment;

import com.servicedesk.reports.Charts;
import com.servicedesk.reports.PdfRenderer;
import com.servicedesk.reports.ReportMeta;
import com.servicedesk.reports.Reports;
import com.servicedesk.reports.XlsxBook;
import com.servicedesk.reports.XlsxBook.Column;
import com.servicedesk.reports.XlsxBook.Kind;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/** The formal assessment report (PDF) and the managers' workbook (xlsx) of one period. */
public final class AssessmentReports {

    private AssessmentReports() {
    }

    /** One KPI of one subject, as the score table of the report lists it. */
    public record ScoreLine(String section, String sectionTitle, String subject, String subjectName, BigDecimal total,
                            String kpiName, BigDecimal numerator, BigDecimal denominator, BigDecimal value,
                            BigDecimal score) {
    }

    static final String TEMPLATE = "assessment";

    public static byte[] pdf(AssessmentReport a, ReportMeta meta) {
        ResourceBundle t = Reports.bundle(meta.locale());
        Map<String, Object> p = new HashMap<>();
        p.put("Subtitle", MessageFormat.format(t.getString("as.period"), a.periodLabel(), a.from(), a.to()));
        p.put("StandardName", a.standardName());
        p.put("StandardLabel", a.standardLabel());
        p.put("BranchCount", a.branches().size());
        p.put("StaffCount", a.staff().size());
        if (!a.branches().isEmpty()) {
            p.put("Chart", Charts.bars(a.branches().stream().map(AssessmentReport.Result::subject).toList(),
                    List.of(new Charts.Series(t.getString("as.total"),
                            a.branches().stream().map(AssessmentReport.Result::total).toList())), 523, 160));
        }
        p.put("Kpis", a.kpis());
        p.put("Bands", a.bands());
        p.put("Branches", a.branches());
        p.put("Staff", a.staff());
        p.put("Status", a.status());
        p.put("ComputedAt", a.computedAt());
        p.put("ComputedBy", a.computedBy());
        p.put("Digest", a.digest());
        p.put("ReviewComment", a.reviewComment());
        p.put("ApprovedBy", a.approvedBy());
        p.put("ApprovedAt", a.approvedAt());
        return PdfRenderer.render(TEMPLATE, p, scoreLines(a, t), meta);
    }

    /** Every KPI of the standard for every branch, then every member of staff, in rank order. */
    static List<ScoreLine> scoreLines(AssessmentReport a, ResourceBundle t) {
        List<ScoreLine> lines = new ArrayList<>();
        lines(lines, "1", t.getString("as.branches"), a.branches(), a.kpis());
        lines(lines, "2", t.getString("as.staff"), a.staff(), a.kpis());
        return lines;
    }

    private static void lines(List<ScoreLine> lines, String section, String title, List<AssessmentReport.Result> results,
                              List<AssessmentReport.KpiDefinition> kpis) {
        for (AssessmentReport.Result r : results) {
            for (AssessmentReport.KpiDefinition k : kpis) {
                AssessmentReport.Score s = r.score(k.code());
                lines.add(new ScoreLine(section, title, r.subject(), r.name(), r.total(), k.name(),
                        s == null ? null : s.numerator(), s == null ? null : s.denominator(), s == null ? null : s.value(),
                        s == null ? null : s.score()));
            }
        }
    }

    /**
     * Sheets Summary, Branches, Staff and KPIs. Each result row has the KPI scores, the system's total
     * and a formula that recomputes it from the scores and the weights on the KPIs sheet; grades are
     * coloured by conditional formatting.
     */
    public static byte[] xlsx(AssessmentReport a, ReportMeta meta) {
        ResourceBundle t = Reports.bundle(meta.locale());
        String title = meta.title() + " " + MessageFormat.format(t.getString("as.period"), a.periodLabel(), a.from(), a.to());
        try (XlsxBook book = new XlsxBook()) {
            XlsxBook.Table summary = book.sheet(t.getString("as.sheet.summary"), title,
                    List.of(new Column(t.getString("common.name"), Kind.TEXT, 22), new Column(t.getString("xlsx.value"), Kind.TEXT, 40)));
            summary.row(t.getString("as.periodLabel"), a.periodLabel())
                    .row(t.getString("as.from"), a.from().toString())
                    .row(t.getString("as.to"), a.to().toString())
                    .row(t.getString("as.standard"), a.standardName() + " (" + a.standardLabel() + ")")
                    .row(t.getString("as.status"), t.getString("periodStatus." + a.status()))
                    .row(t.getString("as.comment"), a.reviewComment())
                    .row(t.getString("as.approved"), a.approvedBy())
                    .row(t.getString("as.digest"), a.digest());
            for (AssessmentReport.Band b : a.bands()) {
                long count = a.branches().stream().filter(r -> r.grade().equals(b.grade())).count()
                        + a.staff().stream().filter(r -> r.grade().equals(b.grade())).count();
                summary.row(b.name(), String.valueOf(count));
            }
            XlsxBook.Table kpiSheet = book.sheet(t.getString("as.sheet.kpis"), title, List.of(
                    new Column(t.getString("common.code"), Kind.TEXT, 14), new Column(t.getString("common.name"), Kind.TEXT, 18),
                    new Column(t.getString("as.definition"), Kind.TEXT, 40), new Column(t.getString("as.target"), Kind.DECIMAL, 8),
                    new Column(t.getString("as.weight"), Kind.DECIMAL, 8), new Column(t.getString("as.direction"), Kind.TEXT, 10),
                    new Column(t.getString("as.appliesTo"), Kind.TEXT, 10)));
            for (AssessmentReport.KpiDefinition k : a.kpis()) {
                kpiSheet.row(k.code(), k.name(), k.definition(), k.target(), k.weight(),
                        t.getString("direction." + k.direction()), t.getString("appliesTo." + k.appliesTo()));
            }
            resultSheet(book, t, t.getString("as.sheet.branches"), title, a.branches(), a.kpis(), false);
            resultSheet(book, t, t.getString("as.sheet.staff"), title, a.staff(), a.kpis(), true);
            return book.toBytes();
        }
    }

    private static void resultSheet(XlsxBook book, ResourceBundle t, String name, String title,
                                    List<AssessmentReport.Result> results, List<AssessmentReport.KpiDefinition> kpis,
                                    boolean staff) {
        List<Column> columns = new ArrayList<>(List.of(new Column(t.getString("as.rank"), Kind.INTEGER, 6),
                new Column(t.getString("as.subject"), Kind.TEXT, 12), new Column(t.getString("common.name"), Kind.TEXT, 14),
                new Column(t.getString("as.branch"), Kind.TEXT, 8)));
        int firstKpi = columns.size();
        kpis.forEach(k -> columns.add(new Column(k.name(), Kind.DECIMAL, 10)));
        columns.add(new Column(t.getString("as.total"), Kind.DECIMAL, 10));
        columns.add(new Column(t.getString("as.recomputed"), Kind.DECIMAL, 12));
        columns.add(new Column(t.getString("as.grade"), Kind.TEXT, 8));
        XlsxBook.Table sheet = book.sheet(name, title, columns);
        String kpiSheet = "'" + t.getString("as.sheet.kpis") + "'";
        for (AssessmentReport.Result r : results) {
            int row = sheet.nextRowNumber();
            List<Object> values = new ArrayList<>(List.of(r.rank(), r.subject(), r.name(), r.branch()));
            StringBuilder weighted = new StringBuilder();
            StringBuilder weights = new StringBuilder();
            for (int i = 0; i < kpis.size(); i++) {
                AssessmentReport.Score s = r.score(kpis.get(i).code());
                values.add(s == null ? null : s.score());
                String cell = CellReference.convertNumToColString(firstKpi + i) + row;
                String weight = kpiSheet + "!$E$" + (3 + i);
                weighted.append(i == 0 ? "" : "+").append("IF(ISNUMBER(").append(cell).append("),").append(cell)
                        .append("*").append(weight).append(",0)");
                weights.append(i == 0 ? "" : "+").append("IF(ISNUMBER(").append(cell).append("),").append(weight).append(",0)");
            }
            values.add(r.total());
            values.add(new XlsxBook.Formula("ROUND((" + weighted + ")/(" + weights + "),2)"));
            values.add(r.gradeName());
            sheet.row(values.toArray());
        }
        int gradeColumn = columns.size() - 1;
        SheetConditionalFormatting formatting = sheet.sheet().getSheetConditionalFormatting();
        CellRangeAddress[] range = {new CellRangeAddress(2, Math.max(2, 1 + results.size()), gradeColumn, gradeColumn)};
        formatting.addConditionalFormatting(range, fill(formatting, t.getString("grade.FAIL"), IndexedColors.ROSE));
        formatting.addConditionalFormatting(range, fill(formatting, t.getString("grade.EXCELLENT"), IndexedColors.LIGHT_GREEN));
    }

    private static ConditionalFormattingRule fill(SheetConditionalFormatting formatting, String text, IndexedColors colour) {
        ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(ComparisonOperator.EQUAL,
                "\"" + text + "\"");
        var pattern = rule.createPatternFormatting();
        pattern.setFillBackgroundColor(colour.getIndex());
        pattern.setFillPattern(FillPatternType.SOLID_FOREGROUND.getCode());
        return rule;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
