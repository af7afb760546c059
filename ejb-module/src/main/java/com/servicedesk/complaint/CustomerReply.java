package com.servicedesk.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** What the customer said to the decision (accepted, disputed, nothing), and the closing it led to. */
@Embeddable
public class CustomerReply {

    @Enumerated(EnumType.STRING)
    @Column(name = "customer_response", length = 16)
    private CustomerResponse customerResponse;

    @Column(name = "review_count", nullable = false)
    private int reviewCount;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = 64)
    private String closedBy;

    void disputed() {
        customerResponse = CustomerResponse.DISPUTED;
        reviewCount++;
    }

    /** The review decided: the customer has not answered the new decision yet. */
    void awaitAnswer() {
        customerResponse = null;
    }

    void closed(CustomerResponse response, String by, Instant at) {
        customerResponse = response;
        closedAt = at;
        closedBy = by;
    }

    void reopened() {
        closedAt = null;
        closedBy = null;
    }

    public CustomerResponse customerResponse() {
        return customerResponse;
    }

    public int reviewCount() {
        return reviewCount;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String closedBy() {
        return closedBy;
    }
}
