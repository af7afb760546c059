package com.servicedesk.assessment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/** SHA-256 over a period's results in a canonical order, so that two computations can be compared at a glance. */
final class ResultDigest {

    private ResultDigest() {
    }

    static String of(List<AssessmentResult> results) {
        StringBuilder canonical = new StringBuilder();
        results.stream()
                .sorted(Comparator.comparing(AssessmentResult::subjectType).thenComparing(AssessmentResult::subject))
                .forEach(r -> {
                    canonical.append(r.subjectType()).append('|').append(r.subject()).append('|')
                            .append(r.totalScore().toPlainString()).append('|').append(r.grade()).append('|')
                            .append(r.rank());
                    r.kpis().stream().sorted(Comparator.comparing(ResultKpi::kpiCode)).forEach(k -> canonical
                            .append('|').append(k.kpiCode()).append(':').append(plain(k.numerator())).append('/')
                            .append(plain(k.denominator())).append('=').append(plain(k.value())).append('>')
                            .append(plain(k.score())));
                    canonical.append('\n');
                });
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    private static String plain(java.math.BigDecimal n) {
        return n == null ? "-" : n.stripTrailingZeros().toPlainString();
    }
}
