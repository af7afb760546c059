package com.servicedesk.customer;

import java.util.regex.Pattern;

/** A mainland mobile number (11 digits from 13x to 19x) or a landline with its area code. */
public final class PhoneNumber {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}");

    private PhoneNumber() {
    }

    /** Drops spaces, and a leading +86 or 0086. */
    public static String normalize(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.replace(" ", "");
        if (s.startsWith("+86")) {
            s = s.substring(3);
        } else if (s.startsWith("0086")) {
            s = s.substring(4);
        }
        return s;
    }

    /** Whether the number is a mobile one, which can receive an SMS. */
    public static boolean isMobile(String normalized) {
        return normalized != null && MOBILE.matcher(normalized).matches();
    }

    public static boolean isValid(String normalized) {
        return normalized != null && (MOBILE.matcher(normalized).matches() || LANDLINE.matcher(normalized).matches());
    }
}
