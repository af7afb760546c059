package com.servicedesk.web.api;

import com.servicedesk.complaint.AdrKind;
import com.servicedesk.complaint.AdrResult;
import com.servicedesk.complaint.ComplaintAction;
import com.servicedesk.complaint.ComplaintCommand;
import com.servicedesk.complaint.ContactChannel;
import com.servicedesk.complaint.CustomerResponse;
import com.servicedesk.complaint.RemedyType;
import com.servicedesk.complaint.ReviewOutcome;
import com.servicedesk.complaint.Severity;
import com.servicedesk.shared.InvalidInputException;
import com.servicedesk.shared.Money;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The body of {@code POST /complaints/{id}/transitions}: the action and the details it needs. */
public record ComplaintTransitionRequest(
        @NotNull ComplaintAction action,
        @Size(max = 1000) String reason,
        @Size(max = 4000) String resolution,
        @Valid RemedyRequest remedy,
        @Size(max = 2000) String rootCause,
        ContactChannel channel,
        CustomerResponse customerResponse,
        ReviewOutcome reviewOutcome,
        @Size(max = 16) String businessCategory,
        @Size(max = 16) String cause,
        Severity severity,
        @Size(max = 6) String regionCode,
        @Size(max = 64) String assignee,
        LocalDate remedyCarriedOutOn,
        @jakarta.validation.constraints.Positive Long into,
        AdrKind kind,
        @Size(max = 200) String body,
        LocalDate decidedOn,
        AdrResult result,
        JsonValue amount) {

    /** A remedy: its type and, for money, the amount. */
    public record RemedyRequest(@NotNull RemedyType type, @Valid MoneyRequest amount) {
    }

    /** Money as the API takes it: a decimal string and a currency. */
    public record MoneyRequest(@NotNull @Size(max = 20) String amount, @NotNull @Size(min = 3, max = 3) String currency) {
        Money toMoney() {
            return Money.of(amount, currency);
        }
    }

    /** The action's typed command; the inputs it requires are refused when missing (400 naming them). */
    ComplaintCommand toCommand() {
        return ComplaintCommand.of(action, new ComplaintCommand.Details(reason, resolution, remedy == null ? null : remedy.type(),
                remedy == null || remedy.amount() == null ? null : remedy.amount().toMoney(), rootCause, channel,
                customerResponse, reviewOutcome, businessCategory, cause, severity, regionCode, assignee,
                remedyCarriedOutOn, into, kind == null && body == null && decidedOn == null && result == null ? null
                        : new ComplaintCommand.Adr(kind, body, decidedOn, result, adrAmount())));
    }

    /**
     * An outcome's amount as a decimal (a number or a string, in CNY) or as money {@code {"amount", "currency"}}
     * like a remedy's; anything else is refused naming the field.
     */
    Money adrAmount() {
        if (amount == null || amount.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return switch (amount.getValueType()) {
            case NUMBER -> Money.of(((JsonNumber) amount).bigDecimalValue().toPlainString(), "CNY");
            case STRING -> Money.of(((JsonString) amount).getString(), "CNY");
            case OBJECT -> {
                JsonObject money = amount.asJsonObject();
                JsonValue value = money.get("amount");
                if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                    throw new InvalidInputException("amount.amount", "is required");
                }
                yield Money.of(value instanceof JsonString text ? text.getString() : value.toString(),
                        money.getString("currency", "CNY"));
            }
            default -> throw new InvalidInputException("amount",
                    "must be a decimal amount in CNY or {\"amount\": \"…\", \"currency\": \"CNY\"}");
        };
    }
}
