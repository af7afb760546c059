package com.servicedesk.shared;

import jakarta.ejb.ApplicationException;

/**
 * A business rule said no. Unchecked, rolls the transaction back, and is mapped once per front end
 * (a problem document for REST, a message for the portal). The message is written for the user.
 */
@ApplicationException(rollback = true)
public abstract class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected BusinessException(String message) {
        super(message);
    }

    /** A stable, machine-readable name of the rule, used in problem types and message keys. */
    public abstract String code();
}
