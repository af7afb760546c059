package com.servicedesk.reports.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.servicedesk.reports.PdfChecks;
import com.servicedesk.reports.ReportMeta;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Each letter to the customer rendered from its template and read back for the facts it must tell. */
class LetterReportTest {

    private static final Instant ISSUED = Instant.parse("2026-12-02T02:30:00Z");
    private static final Instant RECEIVED = Instant.parse("2026-11-30T01:00:00Z");
    private static final Instant DUE = Instant.parse("2026-12-15T15:59:59Z");

    private static CustomerLetter letter(String kind) {
        return new CustomerLetter(kind, "李明", "TS-20261130-000042", "北京东城支行", RECEIVED, ISSUED, DUE, 30,
                "需调取第三方支付机构的交易记录", Instant.parse("2026-12-02T02:30:00Z"), "年费批扣任务重复执行，客户被扣收两次年费",
                "全额退还重复扣收的年费", "REFUND", new BigDecimal("300.00"), "CNY", Instant.parse("2027-01-01T15:59:59Z"),
                "UPHELD", ISSUED);
    }

    private static String render(String kind, Locale locale, String file) throws Exception {
        byte[] pdf = LetterReport.pdf(letter(kind), new ReportMeta("LTR-" + kind.charAt(0) + "-20261202-000001",
                LetterReport.title(kind, locale), "TS-20261130-000042", "澜海银行", ISSUED, locale, true));
        PdfChecks.keep(file, pdf);
        PdfChecks.assertFontsEmbedded(pdf);
        PdfChecks.assertPdfA1b(pdf);
        return PdfChecks.text(pdf);
    }

    private static void assertContains(String text, String... expected) {
        for (String e : expected) {
            assertTrue(text.contains(e), "missing '" + e + "' in:\n" + text);
        }
    }

    @Test
    void theAcceptanceTellsTheReferenceAndTheDayTheDecisionIsDue() throws Exception {
        String text = render("ACCEPTANCE", Locale.SIMPLIFIED_CHINESE, "letter-acceptance.pdf");
        assertContains(text, "投诉受理通知书", "尊敬的李明：", "TS-20261130-000042", "2026年11月30日", "2026年12月15日",
                "北京东城支行", "文书编号：LTR-A-20261202-000001");
    }

    @Test
    void theDeclineGivesTheReasonAndTheRegulatorsHotline() throws Exception {
        assertContains(render("DECLINE", Locale.SIMPLIFIED_CHINESE, "letter-decline.pdf"), "投诉不予受理告知书", "不予受理",
                "需调取第三方支付机构的交易记录", "12378");
    }

    @Test
    void theExtensionGivesTheReasonAndTheNewLimit() throws Exception {
        assertContains(render("EXTENSION", Locale.SIMPLIFIED_CHINESE, "letter-extension.pdf"), "投诉延期处理告知书",
                "延长至30日", "需调取第三方支付机构的交易记录", "2026年12月15日");
    }

    @Test
    void thePauseNamesTheAppraisalAndSaysItsTimeDoesNotCount() throws Exception {
        assertContains(render("PAUSE", Locale.SIMPLIFIED_CHINESE, "letter-pause.pdf"), "投诉处理暂停计时告知书",
                "需调取第三方支付机构的交易记录", "不计入处理期限", "2026年12月2日");
    }

    @Test
    void theDecisionTellsFactsDecisionRemedyAndEveryRouteOfRedress() throws Exception {
        byte[] pdf = LetterReport.pdf(letter("DECISION"), new ReportMeta("LTR-D-20261202-000001",
                LetterReport.title("DECISION", Locale.SIMPLIFIED_CHINESE), "TS-20261130-000042", "澜海银行", ISSUED,
                Locale.SIMPLIFIED_CHINESE, true));
        PdfChecks.keep("letter-decision.pdf", pdf);
        PdfChecks.assertGolden("letter-decision", pdf);
        assertContains(PdfChecks.text(pdf), "投诉处理决定告知书", "年费批扣任务重复执行", "全额退还重复扣收的年费", "退款 300.00 CNY",
                "30日内", "2027年1月1日", "调解", "12378", "人民法院");
    }

    @Test
    void theReviewDecisionTellsTheOutcomeAndTheRoutesOutsideTheBank() throws Exception {
        assertContains(render("REVIEW_DECISION", Locale.SIMPLIFIED_CHINESE, "letter-review-decision.pdf"),
                "投诉核查决定告知书", "维持原决定", "调解", "12378", "人民法院");
    }

    @Test
    void theWithdrawalConfirmsThatTheProcedureEndedOnTheDayItWasReceived() throws Exception {
        assertContains(render("WITHDRAWAL", Locale.SIMPLIFIED_CHINESE, "letter-withdrawal.pdf"), "投诉撤回确认书",
                "2026年12月2日收到您撤回投诉的申请", "处理程序自收到撤回申请之日起终止", "撤回原因", "需调取第三方支付机构的交易记录");
        assertEquals("您的投诉（编号TS-20261130-000042）已按您的申请撤回，处理程序已终止。",
                LetterReport.notice(letter("WITHDRAWAL"), Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void aLetterReadsTheSameInEnglish() throws Exception {
        String text = render("DECISION", Locale.ENGLISH, "letter-decision-en.pdf");
        assertContains(text, "Notice of the decision on your complaint", "Dear 李明,", "Refund 300.00 CNY", "1 January 2027",
                "12378", "in court");
    }

    @Test
    void theNotificationTextsTellTheOneFactOfTheirLetter() {
        String sms = LetterReport.smsText(letter("ACCEPTANCE"), "LTR-A-20261202-000001", Locale.SIMPLIFIED_CHINESE);
        assertEquals("【澜海银行】尊敬的李明：您的投诉（编号TS-20261130-000042）已受理，我行将于2026年12月15日前告知处理决定。"
                + "文书编号LTR-A-20261202-000001。", sms);
        String mail = LetterReport.emailText(letter("DECISION"), "LTR-D-20261202-000001", Locale.SIMPLIFIED_CHINESE);
        assertContains(mail, "尊敬的李明：", "全额退还重复扣收的年费", "2027年1月1日前申请核查", "详见附件《投诉处理决定告知书》",
                "请与北京东城支行联系", "澜海银行北京东城支行（盖章）");
        assertEquals("【澜海银行】投诉延期处理告知书（投诉编号TS-20261130-000042）",
                LetterReport.subject(letter("EXTENSION"), Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void aLetterWithoutRemedySaysSo() {
        CustomerLetter l = letter("DECISION");
        CustomerLetter none = new CustomerLetter("DECISION", l.customerName(), l.reference(), l.branch(), RECEIVED, ISSUED, DUE,
                null, null, null, "f", "d", "NONE", null, null, null, null, ISSUED);
        assertEquals("无", LetterReport.remedy(com.servicedesk.reports.Reports.bundle(Locale.SIMPLIFIED_CHINESE), none));
        assertEquals("letter-review-decision", letter("REVIEW_DECISION").template());
    }
}
