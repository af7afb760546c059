package com.servicedesk.shared;

/** The caller changed a record from an out-of-date copy: someone else changed it first. */
public class StaleVersionException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public StaleVersionException(String kind, Object id, long expected, long actual) {
        super(kind + " " + id + " is at version " + actual + ", not " + expected
                + ": reload it and try again");
    }

    /** Refuses the write when the caller named a version (a null names none) and the record is at another. */
    public static void check(String kind, Object id, Long expected, long actual) {
        if (expected != null && expected != actual) {
            throw new StaleVersionException(kind, id, expected, actual);
        }
    }

    @Override
    public String code() {
        return "stale-version";
    }
}
