package com.servicedesk.complaint;

import com.servicedesk.shared.Money;
import java.time.LocalDate;

/**
 * The details an action may carry. Each action reads the fields it needs and refuses the call
 * when one it requires is missing: a reason for DECLINE, EXTEND, PAUSE_CLOCK and REOPEN; the
 * resolution for PROPOSE_RESOLUTION; how the customer was told for RESPOND; and so on.
 */
public record ComplaintCommand(
        String reason,
        String resolution,
        RemedyType remedyType,
        Money remedyAmount,
        String rootCause,
        ContactChannel channel,
        CustomerResponse customerResponse,
        ReviewOutcome reviewOutcome,
        String businessCategory,
        String cause,
        Severity severity,
        String regionCode,
        String assignee,
        LocalDate remedyCarriedOutOn) {

    public static ComplaintCommand withReason(String reason) {
        return new ComplaintCommand(reason, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public static ComplaintCommand empty() {
        return withReason(null);
    }
}
