package com.servicedesk.shared;

import java.util.List;

/** An action that the record's lifecycle does not allow in its current state. */
public class IllegalTransitionException extends ConflictException {

    private static final long serialVersionUID = 1L;

    private final List<String> allowedActions;

    public IllegalTransitionException(String message, List<String> allowedActions) {
        super("illegal-transition", message);
        this.allowedActions = List.copyOf(allowedActions);
    }

    public List<String> allowedActions() {
        return allowedActions;
    }
}
