package com.servicedesk.complaint;

/**
 * A detail an action takes from whoever performs it: the portal shows a field for each input of the
 * action chosen, and the API reads the member of the request body named {@link #field()}.
 */
public enum ComplaintInput {
    REASON("reason"),
    RESOLUTION("resolution"),
    REMEDY("remedy"),
    ROOT_CAUSE("rootCause"),
    CHANNEL("channel"),
    CUSTOMER_RESPONSE("customerResponse"),
    REVIEW_OUTCOME("reviewOutcome"),
    CLASSIFICATION("businessCategory"),
    ASSIGNEE("assignee"),
    REMEDY_DATE("remedyCarriedOutOn"),
    /** The open complaint of the same customer that a merge folds this one into. */
    INTO("into"),
    /** An outcome outside the bank: its kind, the body, the day and the result (and any amount). */
    ADR_OUTCOME("kind");

    private final String field;

    ComplaintInput(String field) {
        this.field = field;
    }

    /** The name of the request body's member that carries it. */
    public String field() {
        return field;
    }
}
