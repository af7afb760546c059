package com.servicedesk.complaint;

import com.servicedesk.shared.InvalidInputException;
import com.servicedesk.shared.Money;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What the bank decided to do about a complaint: the decision's text, the remedy promised (and the
 * amount, for money), the root cause found, who proposed it and when, and when the remedy was
 * carried out.
 */
@Embeddable
public class Resolution {

    protected Resolution() {
    }

    @Column(name = "resolution", length = 4000)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "remedy_type", length = 16)
    private RemedyType remedyType;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "amount", column = @Column(name = "remedy_amount", precision = 15, scale = 2)),
        @AttributeOverride(name = "currency", column = @Column(name = "remedy_currency", length = 3))
    })
    private Money remedyAmount;

    @Column(name = "root_cause", length = 2000)
    private String rootCause;

    @Column(name = "proposed_by", length = 64)
    private String proposedBy;

    @Column(name = "proposed_at")
    private Instant proposedAt;

    @Column(name = "remedy_carried_out_on")
    private LocalDate remedyCarriedOutOn;

    void propose(ComplaintCommand.ProposeResolution command, String by, Instant at) {
        text = command.resolution();
        remedy(command.remedyType(), command.remedyAmount());
        rootCause = command.rootCause();
        proposedBy = by;
        proposedAt = at;
    }

    /** A review that revises the decision: the new text, and the remedy where the review names one. */
    void revise(String newText, RemedyType newRemedyType, Money newAmount) {
        text = newText;
        if (newRemedyType != null) {
            remedy(newRemedyType, newAmount);
        }
    }

    private void remedy(RemedyType type, Money amount) {
        remedyType = type == null ? RemedyType.NONE : type;
        if (remedyType.isMonetary() && amount == null) {
            throw new InvalidInputException("remedy.amount", "is required for a " + remedyType + " remedy");
        }
        remedyAmount = remedyType.isMonetary() ? amount : null;
    }

    boolean promisesRemedy() {
        return remedyType != null && remedyType != RemedyType.NONE;
    }

    void carriedOut(LocalDate on) {
        remedyCarriedOutOn = on;
    }

    public String text() {
        return text;
    }

    public RemedyType remedyType() {
        return remedyType;
    }

    public Money remedyAmount() {
        return remedyAmount;
    }

    public String rootCause() {
        return rootCause;
    }

    public String proposedBy() {
        return proposedBy;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    public LocalDate remedyCarriedOutOn() {
        return remedyCarriedOutOn;
    }
}
