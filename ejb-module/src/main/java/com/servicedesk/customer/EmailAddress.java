package com.servicedesk.customer;

import java.util.Locale;
import java.util.regex.Pattern;

/** An e-mail address as a customer gives one: a mailbox, one {@code @}, and a domain with a dot. */
public final class EmailAddress {

    private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

    private EmailAddress() {
    }

    /** Trimmed, the domain in lower case (the mailbox is left as given: its case may matter). */
    public static String normalize(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.strip();
        int at = s.lastIndexOf('@');
        return at < 0 ? s : s.substring(0, at + 1) + s.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    public static boolean isValid(String normalized) {
        return normalized != null && normalized.length() <= 254 && ADDRESS.matcher(normalized).matches();
    }
}
