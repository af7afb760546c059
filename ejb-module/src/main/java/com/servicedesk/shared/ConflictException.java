package com.servicedesk.shared;

/** The request is well formed but a business rule forbids it in the current state of the record. */
public class ConflictException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final String code;

    public ConflictException(String code, String message) {
        super(message);
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
