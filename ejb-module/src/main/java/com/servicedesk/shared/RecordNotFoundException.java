package com.servicedesk.shared;

/**
 * The record does not exist, or exists outside the caller's scope: the two are indistinguishable to
 * the caller on purpose, so that existence is never revealed across branches.
 */
public class RecordNotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public RecordNotFoundException(String kind, Object id) {
        super(kind + " " + id + " was not found");
    }

    @Override
    public String code() {
        return "not-found";
    }
}
