package com.servicedesk.customer;

import java.util.regex.Pattern;

/**
 * The 18-character PRC resident identity number (GB 11643-1999): a 6-digit division code, the date
 * of birth, a 3-digit sequence and an ISO 7064 MOD 11-2 check character (0–9 or X).
 */
public final class ResidentIdNumber {

    private static final Pattern SHAPE = Pattern.compile("\\d{6}(18|19|20)\\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])\\d{3}[\\dX]");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private ResidentIdNumber() {
    }

    /** Upper-cases a trailing x and strips spaces, the two differences people type. */
    public static String normalize(String raw) {
        return raw == null ? null : raw.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    }

    public static boolean isValid(String normalized) {
        return normalized != null && SHAPE.matcher(normalized).matches()
                && normalized.charAt(17) == checkCharacter(normalized.substring(0, 17));
    }

    /** The check character for the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }
}
