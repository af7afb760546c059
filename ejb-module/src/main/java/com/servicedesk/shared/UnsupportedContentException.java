package com.servicedesk.shared;

/** A file whose content is of a type the bank does not keep, or not the type it claims to be. */
public class UnsupportedContentException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public UnsupportedContentException(String message) {
        super(message);
    }

    @Override
    public String code() {
        return "unsupported-content";
    }
}
