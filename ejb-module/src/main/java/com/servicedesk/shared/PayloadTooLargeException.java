package com.servicedesk.shared;

/** A file over the size the bank accepts; nothing of it is kept. */
public class PayloadTooLargeException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public PayloadTooLargeException(String message) {
        super(message);
    }

    @Override
    public String code() {
        return "too-large";
    }
}
