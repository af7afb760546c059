package com.servicedesk.reports.complaint;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The figures of the regulator's complaint statistics for a period: totals, the share told within
 * the legal limit, extensions by tier, reviews and their outcomes, handling days, repeats, withdrawals
 * (which end the procedure and never count as told within the limit), and
 * counts by JR/T 0169 channel (A), business category (B), cause (C), region, branch and month. Each
 * complaint counts under the code it was classified with, from the code lists in force in the period
 * ({@code codeLists}); a retired code's name names its replacement.
 */
public record ComplaintStatistics(LocalDate from, LocalDate to, long received, long accepted, long declined,
                                  long closed, long told, long toldInLimit, long extensions1, long extensions2,
                                  long reviewsRequested, long reviewsUpheld, long reviewsRevised, BigDecimal meanDays,
                                  BigDecimal p90Days, long repeats, long withdrawn, List<Count> channels, List<Count> categories,
                                  List<Count> causes, List<Count> regions, List<Count> branches, List<Month> months,
                                  List<String> codeLists, Regulatory regulatory) {

    /**
     * The figures the regulator's bulletins add (通报口径): the previous period of the same length, the
     * customers and open branches the rates divide by, the business lines the bulletins single out,
     * regulator transfers and how they were handled, merges, remedies promised (count and sum), and the
     * outcomes outside the bank by route and by result.
     */
    public record Regulatory(LocalDate previousFrom, LocalDate previousTo, long previousReceived, long previousTold,
                             long previousToldInLimit, long customers, long branches, List<Count> businessLines,
                             long transferred, long transferredTold, long transferredInLimit, long merged,
                             long remedies, BigDecimal remedySum, List<Count> adrRoutes, List<Count> adrResults) {

        /** The change of a count on the previous period, as a fraction; null when the previous period had none. */
        public static BigDecimal change(long now, long before) {
            return before == 0 ? null
                    : BigDecimal.valueOf(now - before).divide(BigDecimal.valueOf(before), 4, RoundingMode.HALF_UP);
        }

        /** Complaints per 10,000 customers, with two decimals; null without customers. */
        public BigDecimal per10kCustomers(long complaints) {
            return customers == 0 ? null : BigDecimal.valueOf(complaints * 10_000L)
                    .divide(BigDecimal.valueOf(customers), 2, RoundingMode.HALF_UP);
        }

        /** Complaints per open branch, with one decimal; null without branches. */
        public BigDecimal perBranch(long complaints) {
            return branches == 0 ? null : BigDecimal.valueOf(complaints).divide(BigDecimal.valueOf(branches), 1,
                    RoundingMode.HALF_UP);
        }
    }

    /** How many complaints carry a code. */
    public record Count(String code, String name, long count) {
    }

    /** One month of the trend. */
    public record Month(String month, long received, long closed, long told, long toldInLimit) {
        public BigDecimal inLimitRate() {
            return rate(toldInLimit, told);
        }
    }

    /** Told within the limit over told, as a fraction with four decimals; null when none was told. */
    public BigDecimal inLimitRate() {
        return rate(toldInLimit, told);
    }

    /** The ten most frequent causes, most frequent first (ties by code). */
    public List<Count> topCauses() {
        return causes.stream().sorted(Comparator.comparingLong(Count::count).reversed().thenComparing(Count::code))
                .limit(10).toList();
    }

    /** A count's share of the complaints received, as a fraction; null when none was received. */
    public BigDecimal share(long count) {
        return rate(count, received);
    }

    static BigDecimal rate(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
