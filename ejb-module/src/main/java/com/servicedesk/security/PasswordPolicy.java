package com.servicedesk.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The bank's password rules: at least 8 characters, three of the four kinds (upper case, lower case,
 * digit, symbol), not containing the username, and not one of the passwords everyone tries first.
 */
public final class PasswordPolicy {

    static final int MIN_LENGTH = 8;
    private static final List<String> COMMON = List.of("password", "12345678", "qwerty", "abc123", "111111",
            "iloveyou", "admin", "welcome", "123456789", "88888888");

    private PasswordPolicy() {
    }

    /** What is wrong with the password, in the order a user would fix it; empty when it is acceptable. */
    public static List<String> problems(String username, String password) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.length() < MIN_LENGTH) {
            problems.add("must be at least " + MIN_LENGTH + " characters long");
            return problems;
        }
        if (password.length() > 128) {
            problems.add("must be at most 128 characters long");
        }
        int kinds = 0;
        kinds += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        kinds += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        kinds += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
        kinds += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        if (kinds < 3) {
            problems.add("must mix at least three of: upper case, lower case, digits, symbols");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            problems.add("must not contain the username");
        }
        if (COMMON.stream().anyMatch(lower::contains)) {
            problems.add("must not contain a commonly used password");
        }
        return problems;
    }
}
