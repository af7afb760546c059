package com.servicedesk.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/** An amount of money in a currency, kept to the currency's minor unit (fen for CNY). */
@Embeddable
public class Money {

    @Column(name = "amount", precision = 15, scale = 2)
    private BigDecimal amount;

    @Column(name = "currency", length = 3)
    private String currency;

    protected Money() {
    }

    private Money(BigDecimal amount, String currency) {
        this.amount = amount;
        this.currency = currency;
    }

    /**
     * Money from a decimal string and an ISO 4217 code; refuses negative amounts, more decimals
     * than the currency has, and unknown currencies.
     */
    public static Money of(String amount, String currency) {
        Currency unit;
        try {
            unit = Currency.getInstance(Objects.requireNonNull(currency, "currency"));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("amount.currency", "is not an ISO 4217 currency code");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(Objects.requireNonNull(amount, "amount").strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("amount.amount", "must be a decimal number such as 120.00");
        }
        if (value.signum() < 0) {
            throw new InvalidInputException("amount.amount", "must not be negative");
        }
        if (value.scale() > unit.getDefaultFractionDigits()) {
            throw new InvalidInputException("amount.amount", "has more decimals than " + unit.getCurrencyCode() + " allows");
        }
        if (value.precision() - value.scale() > 13) {
            throw new InvalidInputException("amount.amount", "is too large");
        }
        return new Money(value.setScale(unit.getDefaultFractionDigits(), RoundingMode.UNNECESSARY), unit.getCurrencyCode());
    }

    public BigDecimal amount() {
        return amount;
    }

    public String currency() {
        return currency;
    }

    /** The decimal string with the minor unit, as the API shows money: "120.00". */
    public String plain() {
        return amount.toPlainString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && amount.compareTo(m.amount) == 0 && currency.equals(m.currency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount.stripTrailingZeros(), currency);
    }

    @Override
    public String toString() {
        return plain() + " " + currency;
    }
}
