package com.servicedesk.shared;

/** The caller's role may not do this, whatever the record. */
public class ForbiddenException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ForbiddenException(String message) {
        super(message);
    }

    @Override
    public String code() {
        return "forbidden";
    }
}
