package com.servicedesk.reports.letter;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * What a letter to a complaining customer says, for every kind of letter: each template reads the
 * facts its kind needs (the acceptance its deadline, the decision its facts, remedy and review window).
 *
 * @param kind the letter's kind, which names its template ({@code ACCEPTANCE} is {@code letter-acceptance})
 */
public record CustomerLetter(String kind, String customerName, String reference, String branch, Instant receivedAt,
                             Instant acceptedAt, Instant decisionDueAt, Integer extensionDays, String reason,
                             Instant pausedAt, String factsFound, String decision, String remedyType,
                             BigDecimal remedyAmount, String remedyCurrency, Instant reviewWindowEndsAt,
                             String reviewOutcome, Instant issuedAt) {

    public CustomerLetter {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(reference);
        Objects.requireNonNull(issuedAt);
    }

    /** The template of this kind of letter. */
    public String template() {
        return "letter-" + kind.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
