package com.servicedesk.reports.letter;

import com.servicedesk.reports.PdfRenderer;
import com.servicedesk.reports.ReportMeta;
import com.servicedesk.reports.Reports;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * A letter to a complaining customer as a PDF/A-1b with its Chinese font embedded, from the template
 * of its kind. Days are written as a letter writes them (2026年12月2日, 2 December 2026).
 */
public final class LetterReport {

    private static final DateTimeFormatter ZH = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.SIMPLIFIED_CHINESE)
            .withZone(Reports.ZONE);
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
            .withZone(Reports.ZONE);

    private LetterReport() {
    }

    /** The letter's title in the language of {@code locale}, as its head and the PDF's metadata give it. */
    public static String title(String kind, Locale locale) {
        return Reports.bundle(locale).getString("letter." + kind + ".title");
    }

    public static byte[] pdf(CustomerLetter l, ReportMeta meta) {
        ResourceBundle t = Reports.bundle(meta.locale());
        DateTimeFormatter days = Reports.isEnglish(meta.locale()) ? EN : ZH;
        Map<String, Object> p = new HashMap<>();
        p.put("CustomerName", l.customerName());
        p.put("Reference", l.reference());
        p.put("Branch", l.branch());
        p.put("IssuedOn", day(days, l.issuedAt()));
        p.put("ReceivedOn", day(days, l.receivedAt()));
        p.put("AcceptedOn", day(days, l.acceptedAt()));
        p.put("DueOn", day(days, l.decisionDueAt()));
        p.put("ExtensionDays", l.extensionDays() == null ? null : l.extensionDays().toString());
        p.put("Reason", l.reason());
        p.put("PausedOn", day(days, l.pausedAt()));
        p.put("FactsFound", l.factsFound());
        p.put("Decision", l.decision());
        p.put("Remedy", remedy(t, l));
        p.put("ReviewUntil", day(days, l.reviewWindowEndsAt()));
        p.put("ReviewOutcome", Reports.label(t, "reviewOutcome.", l.reviewOutcome()));
        return PdfRenderer.render(l.template(), p, List.of(), meta);
    }

    /**
     * The letter in one sentence, for an e-mail's body or an SMS: the reference and the one fact of
     * its kind. Never an identity number: a notification names the customer and the case only.
     */
    public static String notice(CustomerLetter l, Locale locale) {
        ResourceBundle t = Reports.bundle(locale);
        DateTimeFormatter days = Reports.isEnglish(locale) ? EN : ZH;
        return MessageFormat.format(t.getString("notice." + l.kind()), l.reference(), day(days, l.decisionDueAt()),
                l.reason(), day(days, l.pausedAt()), l.decision(), day(days, l.reviewWindowEndsAt()),
                Reports.label(t, "reviewOutcome.", l.reviewOutcome()));
    }

    /** An e-mail's subject: the bank, the letter's title and the case. */
    public static String subject(CustomerLetter l, Locale locale) {
        return MessageFormat.format(Reports.bundle(locale).getString("notice.subject"), title(l.kind(), locale),
                l.reference());
    }

    /** An e-mail's text, with the letter attached: salutation, the notice, the attachment, whom to contact. */
    public static String emailText(CustomerLetter l, String number, Locale locale) {
        ResourceBundle t = Reports.bundle(locale);
        return MessageFormat.format(t.getString("letter.salutation"), l.customerName()) + "\n\n"
                + notice(l, locale) + "\n" + MessageFormat.format(t.getString("notice.attached"), title(l.kind(), locale), number)
                + "\n\n" + MessageFormat.format(t.getString("letter.contact"), l.branch()).strip() + "\n"
                + MessageFormat.format(t.getString("letter.seal"), l.branch());
    }

    /** An SMS: the bank, the salutation, the notice and the letter's number. */
    public static String smsText(CustomerLetter l, String number, Locale locale) {
        ResourceBundle t = Reports.bundle(locale);
        return t.getString("notice.smsPrefix") + MessageFormat.format(t.getString("letter.salutation"), l.customerName())
                + notice(l, locale) + MessageFormat.format(t.getString("notice.letterNumber"), number);
    }

    /** The remedy as one line: its kind and, where there is one, the amount; "none" without a remedy. */
    static String remedy(ResourceBundle t, CustomerLetter l) {
        if (l.remedyType() == null || "NONE".equals(l.remedyType())) {
            return t.getString("letter.noRemedy");
        }
        String kind = Reports.label(t, "remedy.", l.remedyType());
        return l.remedyAmount() == null ? kind : kind + " " + l.remedyAmount().toPlainString() + " " + l.remedyCurrency();
    }

    private static String day(DateTimeFormatter days, Instant at) {
        return at == null ? null : days.format(at);
    }
}
