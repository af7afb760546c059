package com.servicedesk.reports;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Shared facts of every report: the bank's zone and language, the font, digests, labels. */
public final class Reports {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final String FONT = "Source Han Sans SC";
    public static final DateTimeFormatter GENERATED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZONE);
    static final String BUNDLE = "com.servicedesk.reports.i18n.reports";

    private Reports() {
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /** The reports' texts in a language (Chinese unless English is asked for). */
    public static ResourceBundle bundle(Locale locale) {
        // no fallback to the JVM's default locale: Chinese is the base bundle, English its one variant
        return ResourceBundle.getBundle(BUNDLE, isEnglish(locale) ? Locale.ENGLISH : CHINESE,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** A code's label in the bundle ({@code complaintStatus.CLOSED}), or the code itself where it has none. */
    public static String label(ResourceBundle texts, String prefix, String code) {
        if (code == null) {
            return null;
        }
        return texts.containsKey(prefix + code) ? texts.getString(prefix + code) : code;
    }

    public static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
