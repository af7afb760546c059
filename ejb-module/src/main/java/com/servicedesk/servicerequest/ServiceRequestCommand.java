package com.servicedesk.servicerequest;

/**
 * The details an action may carry: a note for every action (required to cancel or escalate), the
 * answer and the customer's feedback to respond, the new handler to assign.
 */
public record ServiceRequestCommand(String note, String response, Boolean understood, Boolean satisfied,
                                    String feedbackNote, String assignee) {

    public static ServiceRequestCommand note(String note) {
        return new ServiceRequestCommand(note, null, null, null, null, null);
    }
}
