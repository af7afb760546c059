package com.servicedesk.security;

/**
 * The kinds of C2 personal financial information (JR/T 0171-2020) the bank keeps, each with the
 * one masking rule that applies wherever it is shown: API, portal, reports, exports and logs.
 */
public enum PersonalDataKind {
    /** Resident identity card number: first 3 and last 4 characters shown. */
    ID_NUMBER(3, 4),
    /** Mobile or landline number: first 3 and last 4 digits shown. */
    PHONE(3, 4),
    /** Bank card or account number: first 6 and last 4 digits shown. */
    CARD_NUMBER(6, 4),
    /** E-mail address: the first character of the mailbox and the whole domain shown. */
    EMAIL(1, 0);

    private final int head;
    private final int tail;

    PersonalDataKind(int head, int tail) {
        this.head = head;
        this.tail = tail;
    }

    /**
     * Keeps the head and tail and stars the rest, preserving length; a value too short to keep
     * anything hidden is starred completely.
     */
    public String mask(String clear) {
        if (clear == null) {
            return null;
        }
        if (this == EMAIL && clear.indexOf('@') > 0) {
            int at = clear.indexOf('@');
            return clear.charAt(0) + "*".repeat(at - 1) + clear.substring(at);
        }
        int length = clear.length();
        if (length <= head + tail) {
            return "*".repeat(length);
        }
        return clear.substring(0, head) + "*".repeat(length - head - tail) + clear.substring(length - tail);
    }
}
