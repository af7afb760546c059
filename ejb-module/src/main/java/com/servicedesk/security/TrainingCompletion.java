package com.servicedesk.security;

import java.math.BigDecimal;

/**
 * How many of a branch's staff hold a valid pass of every mandatory course on a date, and the rate
 * (a fraction from 0 to 1, four decimals, half-up).
 */
public record TrainingCompletion(String branchCode, long staff, long completed, BigDecimal rate) implements java.io.Serializable {
}
