package com.servicedesk.reports.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.servicedesk.reports.PdfChecks;
import com.servicedesk.reports.ReportMeta;
import com.servicedesk.reports.RenderedReport;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ComplaintStatisticsReportTest {

    static final ComplaintStatistics FIXTURE = new ComplaintStatistics(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30),
            240, 228, 12, 201, 210, 203, 14, 3, 9, 6, 3, new BigDecimal("8.4"), new BigDecimal("16.0"), 7, 5,
            List.of(new ComplaintStatistics.Count("A010302", "电话", 150), new ComplaintStatistics.Count("A0101", "营业网点", 90)),
            List.of(new ComplaintStatistics.Count("B0302", "信用卡", 130), new ComplaintStatistics.Count("B0101", "借记卡", 110)),
            List.of(new ComplaintStatistics.Count("C1101", "服务态度", 60), new ComplaintStatistics.Count("C0101", "收费定价", 180)),
            List.of(new ComplaintStatistics.Count("NORTH", "华北区", 140), new ComplaintStatistics.Count("EAST", "华东区", 100)),
            List.of(new ComplaintStatistics.Count("BJ01", "北京东城支行", 80), new ComplaintStatistics.Count("BJ02", "北京海淀支行", 60),
                    new ComplaintStatistics.Count("SH01", "上海浦东支行", 100)),
            List.of(new ComplaintStatistics.Month("2026-07", 70, 60, 62, 60), new ComplaintStatistics.Month("2026-08", 90, 71, 75, 74),
                    new ComplaintStatistics.Month("2026-09", 80, 70, 73, 69)),
            List.of("JR/T 0169-2018（临时编码） v1"),
            new ComplaintStatistics.Regulatory(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30), 200, 190, 180,
                    120_000, 48, List.of(new ComplaintStatistics.Count("B0302", "信用卡", 130),
                    new ComplaintStatistics.Count("B02", "个人贷款", 40), new ComplaintStatistics.Count("B07", "理财", 12)),
                    9, 8, 7, 4, 150, new BigDecimal("61234.50"),
                    List.of(new ComplaintStatistics.Count("MEDIATION", "外部解决：调解", 3)),
                    List.of(new ComplaintStatistics.Count("PARTLY_UPHELD", "外部结果：部分支持", 2),
                            new ComplaintStatistics.Count("NOT_UPHELD", "外部结果：不支持", 1))));

    private static ReportMeta meta(Locale locale, boolean archival) {
        return new ReportMeta("RPT-CS-20261001-0001", "消费投诉统计报告", "消费投诉统计报告 2026-07-01 至 2026-09-30", "澜海银行",
                Instant.parse("2026-10-08T02:30:00Z"), locale, archival);
    }

    @Test
    void thePdfIsPdfA1bWithChineseEmbeddedAndTheFixturesNumbers() throws Exception {
        byte[] pdf = ComplaintStatisticsReport.pdf(FIXTURE, meta(Locale.SIMPLIFIED_CHINESE, true));
        PdfChecks.keep("complaint-statistics.pdf", pdf);
        PdfChecks.assertGolden("complaint-statistics", pdf);
        String text = PdfChecks.text(pdf);
        for (String expected : List.of("澜海银行", "消费投诉统计报告", "统计期间：2026-07-01 至 2026-09-30", "按投诉渠道（A 类）",
                "按业务办理类别（B 类）", "按投诉原因（C 类）", "投诉原因前十位", "按地区", "按网点", "月度趋势", "北京东城支行",
                "信用卡", "报告编号 RPT-CS-20261001-0001", "生成时间 2026-10-08 10:30:00（北京时间）", "第 1 页 / 共")) {
            assertTrue(text.contains(expected), "missing '" + expected + "' in:\n" + text);
        }
        assertTrue(text.contains("240") && text.contains("228") && text.contains("201"), "the totals");
        assertTrue(text.contains("96.7%"), "203 of 210 told within the limit is 96.7%");
        assertTrue(text.contains("75.0%"), "收费定价 is 180 of 240 received");
        assertTrue(text.contains("8.4 / 16.0"), "mean and P90 handling days");
        int pages = PdfChecks.pages(pdf);
        assertTrue(text.contains("共 " + pages + " 页") || text.contains("共\n" + pages) || text.contains(" " + pages + " 页"),
                "the total page count is printed: " + pages);
        PdfChecks.assertFontsEmbedded(pdf);
        PdfChecks.assertMetadata(pdf, "消费投诉统计报告", "澜海银行", "消费投诉统计报告 2026-07-01 至 2026-09-30");
        PdfChecks.assertPdfA1b(pdf);
    }

    @Test
    void theSameTemplateSpeaksEnglish() throws Exception {
        byte[] pdf = ComplaintStatisticsReport.pdf(FIXTURE, meta(Locale.ENGLISH, false));
        String text = PdfChecks.text(pdf);
        assertTrue(text.contains("By channel (A)") && text.contains("Page 1 of"), text);
        assertTrue(text.contains("北京东城支行"), "names stay as recorded");
    }

    @Test
    void theWorkbookHasTypedCellsAFrozenFilteredHeaderAndFormulas() throws Exception {
        byte[] xlsx = ComplaintStatisticsReport.xlsx(FIXTURE, meta(Locale.SIMPLIFIED_CHINESE, true));
        PdfChecks.keep("complaint-statistics.xlsx", xlsx);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals(List.of("概要", "法定时限内告知率", "分类统计", "月度趋势"),
                    List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2), book.getSheetName(3)));
            Sheet summary = book.getSheet("概要");
            assertTrue(summary.getRow(0).getCell(0).getStringCellValue().contains("2026-07-01"), "a title row with the period");
            assertEquals("接收投诉", summary.getRow(2).getCell(0).getStringCellValue());
            assertEquals(CellType.NUMERIC, summary.getRow(2).getCell(1).getCellType());
            assertEquals(240.0, summary.getRow(2).getCell(1).getNumericCellValue());
            Sheet breakdown = book.getSheet("分类统计");
            assertTrue(breakdown.getPaneInformation().isFreezePane(), "the header is frozen");
            assertTrue(book.getFontAt(breakdown.getRow(1).getCell(0).getCellStyle().getFontIndex()).getBold(), "a bold header");
            assertEquals("0.00%", breakdown.getRow(2).getCell(4).getCellStyle().getDataFormatString());
            assertEquals(150.0 / 240, breakdown.getRow(2).getCell(4).getNumericCellValue(), 0.0001);
            Sheet trend = book.getSheet("月度趋势");
            assertEquals(CellType.FORMULA, trend.getRow(2).getCell(5).getCellType());
            assertEquals("IF(D3=0,\"\",E3/D3)", trend.getRow(2).getCell(5).getCellFormula());
            assertTrue(((org.apache.poi.xssf.usermodel.XSSFSheet) breakdown).getCTWorksheet().isSetAutoFilter(), "auto-filter");
        }
        assertEquals(64, RenderedReport.of(xlsx, RenderedReport.XLSX, "x.xlsx").sha256().length());
    }
}
