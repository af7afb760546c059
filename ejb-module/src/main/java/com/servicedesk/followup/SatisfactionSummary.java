package com.servicedesk.followup;

import java.math.BigDecimal;

/**
 * Satisfaction of one branch over a period (ISO 10004's customer satisfaction index): the mean of the
 * completed visits' indexes (0-100, two decimals, half-up), beside how many visits closed, how many
 * reached the customer, the response rate (reached ÷ closed, %), and the net promoter score
 * (% promoters 9-10 minus % detractors 0-6, one decimal). Empty measures are null, not zero.
 */
public record SatisfactionSummary(String branchCode, long closed, long reached, long unreachable,
                                  BigDecimal responseRate, BigDecimal index, BigDecimal nps,
                                  long promoters, long detractors) implements java.io.Serializable {
}
