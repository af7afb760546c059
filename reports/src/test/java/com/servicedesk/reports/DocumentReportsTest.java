package com.servicedesk.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.servicedesk.reports.assessment.AssessmentReport;
import com.servicedesk.reports.assessment.AssessmentReports;
import com.servicedesk.reports.complaint.CaseRecord;
import com.servicedesk.reports.complaint.CaseRecordReport;
import com.servicedesk.reports.security.SecurityAudit;
import com.servicedesk.reports.security.SecurityAuditReport;
import com.servicedesk.reports.service.ServiceQuality;
import com.servicedesk.reports.service.ServiceQualityReport;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The case record, assessment, security audit and service quality reports, rendered and read back. */
class DocumentReportsTest {

    private static final Instant T = Instant.parse("2026-10-08T02:30:00Z");

    private static ReportMeta meta(String title, boolean archival) {
        return new ReportMeta("RPT-XX-20261008-000001", title, title + " 2026Q3", "澜海银行", T, Locale.SIMPLIFIED_CHINESE,
                archival);
    }

    private static void assertContains(String text, String... expected) {
        for (String e : expected) {
            assertTrue(text.contains(e), "missing '" + e + "' in:\n" + text);
        }
    }

    @Test
    void theCaseRecordShowsClassificationDeadlinesDecisionReviewAndTimeline() throws Exception {
        CaseRecord r = new CaseRecord("TS-20260902-000123", "CLOSED", "李明", "BJ01 北京东城支行", "A010302 电话",
                "B0302 信用卡", "C1101 服务态度", "MEDIUM", "信用卡年费被重复扣收，要求退还。", Instant.parse("2026-09-02T01:00:00Z"),
                "agent", "agent", "CBIRC_2020 银保监会令2020年第3号", Instant.parse("2026-09-17T15:59:59Z"), false,
                List.of(new CaseRecord.Extension(1, 30, "需调取第三方交易记录", "supervisor", Instant.parse("2026-09-10T02:00:00Z"))),
                List.of(), "全额退还年费。", "REFUND", new BigDecimal("300.00"), "CNY", "年费批扣任务重复执行", "agent",
                Instant.parse("2026-09-12T03:00:00Z"), "supervisor", "PHONE", true,
                List.of(new CaseRecord.Review(Instant.parse("2026-09-14T02:00:00Z"), "客户认为应补偿利息", Instant.parse("2026-10-14T02:00:00Z"),
                        Instant.parse("2026-09-20T02:00:00Z"), "manager", "UPHELD", "维持原处理决定")),
                "ACCEPTED", Instant.parse("2026-09-22T02:00:00Z"), LocalDate.of(2026, 9, 21), null,
                List.of(new CaseRecord.Event(Instant.parse("2026-09-02T01:00:00Z"), "agent", "REGISTER", null),
                        new CaseRecord.Event(Instant.parse("2026-09-02T02:00:00Z"), "agent", "ACCEPT", "已受理")),
                List.of(new CaseRecord.File("客户来信.pdf", "application/pdf", 48_213, "agent", Instant.parse("2026-09-02T01:30:00Z"),
                        "9f2c1e7d4b8a6f3e0d5c2b1a9e8f7d6c5b4a3928171605f4e3d2c1b0a9f8e7d6")),
                List.of(new CaseRecord.AdrOutcome("MEDIATION", "北京银行业纠纷调解中心", LocalDate.of(2026, 10, 20),
                        "PARTLY_UPHELD", new BigDecimal("150.00"))),
                new CaseRecord.Particulars("京金监转〔2026〕118号", LocalDate.of(2026, 9, 1), "王律师", "AGENT", true, null,
                        null, List.of("TS-20260903-000007"), null, null));
        byte[] pdf = CaseRecordReport.pdf(r, meta("单笔投诉处理记录", true));
        PdfChecks.keep("case-record.pdf", pdf);
        PdfChecks.assertGolden("case-record", pdf);
        assertContains(PdfChecks.text(pdf), "已办结", "延期 1", "退款", "300.00 CNY", "维持原决定", "客户接受",
                "2026-09-02 09:00", "受理", "客户来信.pdf", "9f2c1e7d4b8a6f3e0d5c2b1a9e8f7d6c5b4a3928171605f4e3d2c1b0a9f8e7d6",
                "外部纠纷解决", "北京银行业纠纷调解中心", "部分支持", "150.00", "监管转办：转办编号 京金监转〔2026〕118号",
                "代理投诉：王律师（代理人），授权材料已存档", "并入本投诉处理的投诉：TS-20260903-000007");
        PdfChecks.assertFontsEmbedded(pdf);
        PdfChecks.assertPdfA1b(pdf);
        byte[] english = CaseRecordReport.pdf(r, new ReportMeta("RPT-CR-20261008-000001", "Complaint case record",
                "Complaint case record TS-20260902-000123", "Lanhai Bank", T, Locale.ENGLISH, true));
        PdfChecks.keep("case-record-en.pdf", english);
        PdfChecks.assertGolden("case-record-en", english);
    }

    static final List<AssessmentReport.KpiDefinition> KPIS = List.of(
            new AssessmentReport.KpiDefinition("FIRST_RESPONSE", "首次响应及时率", "按时受理的比例", new BigDecimal("95"),
                    new BigDecimal("0.60"), "HIGHER", "BOTH", "PERCENT"),
            new AssessmentReport.KpiDefinition("TRAINING", "信息安全培训完成率", "完成培训的比例", new BigDecimal("100"),
                    new BigDecimal("0.40"), "HIGHER", "BOTH", "PERCENT"));

    static final AssessmentReport ASSESSMENT = new AssessmentReport("2026-09", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30),
            "APPROVED", "SERVICE v1", "客户服务考核标准（2026版）", KPIS,
            List.of(new AssessmentReport.Band("EXCELLENT", "优秀", new BigDecimal("90")),
                    new AssessmentReport.Band("FAIL", "不合格", BigDecimal.ZERO)),
            List.of(new AssessmentReport.Result("BJ01", "北京东城支行", "BJ01", new BigDecimal("93.10"), "EXCELLENT", "优秀", 1,
                    List.of(new AssessmentReport.Score("FIRST_RESPONSE", null, null, new BigDecimal("90.00"), new BigDecimal("94.74")),
                            new AssessmentReport.Score("TRAINING", null, null, new BigDecimal("90.00"), new BigDecimal("90.00"))))),
            List.of(new AssessmentReport.Result("agent", "张伟", "BJ01", new BigDecimal("55.00"), "FAIL", "不合格", 1,
                    List.of(new AssessmentReport.Score("FIRST_RESPONSE", null, null, null, null),
                            new AssessmentReport.Score("TRAINING", null, null, new BigDecimal("55.00"), new BigDecimal("55.00"))))),
            "已审阅，同意发布。", "manager", T, "manager", T, "ab12");

    @Test
    void theAssessmentReportHasDefinitionsResultsReviewAndSignOff() throws Exception {
        byte[] pdf = AssessmentReports.pdf(ASSESSMENT, meta("服务考核评估报告", true));
        PdfChecks.keep("assessment.pdf", pdf);
        PdfChecks.assertGolden("assessment", pdf);
        PdfChecks.assertPdfA1b(pdf);
    }

    @Test
    void aStandardWithTwelveKpisShowsAllTwelveInTheDefinitionsAndInEverySubjectsScores() throws Exception {
        List<AssessmentReport.KpiDefinition> twelve = new java.util.ArrayList<>();
        List<AssessmentReport.Score> scores = new java.util.ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            twelve.add(new AssessmentReport.KpiDefinition("K" + i, "指标" + (char) ('甲' + i - 1) + i, "第 " + i + " 项指标",
                    new BigDecimal("90"), new BigDecimal("0.0833"), "HIGHER", "BOTH", "PERCENT"));
            scores.add(new AssessmentReport.Score("K" + i, new BigDecimal(i), new BigDecimal("20"),
                    new BigDecimal(5 * i), new BigDecimal(100 - i)));
        }
        AssessmentReport a = new AssessmentReport("2026-09", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30), "APPROVED",
                "SERVICE v2", "客户服务考核标准（十二项）", twelve, ASSESSMENT.bands(),
                List.of(new AssessmentReport.Result("BJ01", "北京东城支行", "BJ01", new BigDecimal("93.50"), "EXCELLENT", "优秀", 1, scores)),
                List.of(), null, null, null, "manager", T, "cd34");
        byte[] pdf = AssessmentReports.pdf(a, meta("服务考核评估报告", true));
        PdfChecks.keep("assessment-12-kpis.pdf", pdf);
        String text = PdfChecks.text(pdf);
        for (AssessmentReport.KpiDefinition k : twelve) {
            assertEquals(2, occurrences(text, k.name()), k.name() + " in the definitions and in BJ01's scores");
        }
        assertContains(text, "第 12 项指标", "88.00", "60.00");
    }

    private static int occurrences(String text, String word) {
        int count = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) {
            count++;
        }
        return count;
    }

    @Test
    void theManagersWorkbookRecomputesTotalsWithFormulasAndColoursGrades() throws Exception {
        byte[] xlsx = AssessmentReports.xlsx(ASSESSMENT, meta("服务考核评估报告", false));
        PdfChecks.keep("assessment.xlsx", xlsx);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals(List.of("概要", "指标", "网点", "员工"), List.of(book.getSheetName(0), book.getSheetName(1),
                    book.getSheetName(2), book.getSheetName(3)));
            XSSFSheet branches = book.getSheet("网点");
            assertEquals(CellType.NUMERIC, branches.getRow(2).getCell(4).getCellType());
            assertEquals(94.74, branches.getRow(2).getCell(4).getNumericCellValue(), 0.001);
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            // (94.74 x .6 + 90 x .4) / 1 = 92.84: the formula recomputes from the sheet's own scores and weights
            assertEquals(92.84, evaluator.evaluate(branches.getRow(2).getCell(7)).getNumberValue(), 0.001);
            XSSFSheet staff = book.getSheet("员工");
            assertEquals(55.0, evaluator.evaluate(staff.getRow(2).getCell(7)).getNumberValue(), 0.001,
                    "a KPI that does not apply drops out of the recomputed total");
            assertEquals("不合格", staff.getRow(2).getCell(8).getStringCellValue());
            assertEquals(2, staff.getSheetConditionalFormatting().getNumConditionalFormattings(), "grades are coloured");
            assertTrue(staff.getCTWorksheet().isSetAutoFilter());
        }
    }

    @Test
    void theSecurityAuditReportShowsTheChainViewsLoginsPrivilegesTrainingAndFindings() throws Exception {
        SecurityAudit s = new SecurityAudit(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30), true, 120345, 9800, 512, null,
                List.of(new SecurityAudit.Event(T, "supervisor", "VIEW_CLEAR", "Customer:42", "ID_NUMBER 核实身份")),
                17, List.of(new SecurityAudit.Event(T, "bj02.agent1", "LOCKOUT", null, null)),
                List.of(new SecurityAudit.Event(T, "admin", "ROLE_CHANGE", "StaffUser:agent2", "AGENT → SUPERVISOR")),
                List.of(new SecurityAudit.Training("BJ01", 4, 3, new BigDecimal("0.75"))),
                List.of(new SecurityAudit.Finding("弱口令检查未覆盖外包人员", "HIGH", "admin", LocalDate.of(2026, 10, 31), "OPEN")));
        byte[] pdf = SecurityAuditReport.pdf(s, meta("信息安全审计报告", true));
        PdfChecks.keep("security-audit.pdf", pdf);
        PdfChecks.assertGolden("security-audit", pdf);
        assertContains(PdfChecks.text(pdf), "120,345", "75.0%", "弱口令检查未覆盖外包人员", "签发");
        PdfChecks.assertPdfA1b(pdf);
    }

    @Test
    void theServiceQualityReportShowsSatisfactionByDimensionBranchAndMonth() throws Exception {
        ServiceQuality q = new ServiceQuality(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30),
                List.of(new ServiceQuality.Satisfaction("BJ01", null, 40, new BigDecimal("4.50"), new BigDecimal("4.40"),
                                new BigDecimal("4.10"), new BigDecimal("4.60"), new BigDecimal("87.19")),
                        new ServiceQuality.Satisfaction("BJ01", "2026-07", 12, new BigDecimal("4.40"), new BigDecimal("4.30"),
                                new BigDecimal("4.00"), new BigDecimal("4.50"), new BigDecimal("84.75"))),
                List.of(new ServiceQuality.Visits("BJ01", 45, 41, 38, 3)), new ServiceQuality.Improvement(6, 5, 4, 3, 1));
        byte[] pdf = ServiceQualityReport.pdf(q, meta("服务质量报告", false));
        PdfChecks.keep("service-quality.pdf", pdf);
        PdfChecks.assertGolden("service-quality", pdf);
        assertContains(PdfChecks.text(pdf), "BJ01 全期", "BJ01 2026-07", "87.19", "91.1%");
    }

    @Test
    void theProofOfDestructionNamesEveryKindItsPolicyAndWhatWasDoneAndIsPdfA() throws Exception {
        java.util.Date at = java.util.Date.from(T);
        com.servicedesk.reports.retention.RetentionProof proof = new com.servicedesk.reports.retention.RetentionProof(
                "RUN-7", at, "admin", at, at, 1234, List.of(
                new com.servicedesk.reports.retention.RetentionProof.Line("COMPLAINT", "ANONYMISE", 3,
                        java.util.Date.from(Instant.parse("2023-10-07T16:00:00Z")), 333333L, 12L, "投诉记录保存三年"),
                new com.servicedesk.reports.retention.RetentionProof.Line("EVIDENCE_FILE", "DELETE", 3,
                        java.util.Date.from(Instant.parse("2023-10-07T16:00:00Z")), 4567L, 0L, "证据材料随案件保存三年")));
        byte[] pdf = com.servicedesk.reports.retention.RetentionProofReport.pdf(proof, meta("个人信息销毁证明", true));
        PdfChecks.keep("retention-proof.pdf", pdf);
        PdfChecks.assertGolden("retention-proof", pdf);
        assertContains(PdfChecks.text(pdf), "RUN-7", "333,333", "4,567", "投诉", "匿名化", "证据材料及告知书", "删除", "1,234", "签发");
        PdfChecks.assertPdfA1b(pdf);
    }

    @Test
    void theCopyOfAPersonsInformationShowsTheirClearDataAndRecords() throws Exception {
        java.util.Date at = java.util.Date.from(T);
        com.servicedesk.reports.retention.PersonalDataCopy copy = new com.servicedesk.reports.retention.PersonalDataCopy(
                "FW-20261008-000042", "王芳", "110101199003074514", "13800138000", "wang@example.cn", "BJ01", at,
                List.of(new com.servicedesk.reports.retention.PersonalDataCopy.Entry("COMPLAINT", "TS-20260902-000123", at,
                        "CLOSED", "信用卡年费被重复扣收")));
        byte[] pdf = com.servicedesk.reports.retention.PersonalDataCopyReport.pdf(copy, meta("个人信息副本", true));
        PdfChecks.keep("personal-data-copy.pdf", pdf);
        PdfChecks.assertGolden("personal-data-copy", pdf);
        assertContains(PdfChecks.text(pdf), "王芳", "110101199003074514", "13800138000", "TS-20260902-000123", "信用卡年费被重复扣收");
        PdfChecks.assertPdfA1b(pdf);
    }
}
