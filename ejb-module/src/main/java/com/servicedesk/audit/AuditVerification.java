package com.servicedesk.audit;

/**
 * The outcome of checking the whole trail: intact, or the first broken link found, with what was
 * wrong there.
 */
public record AuditVerification(boolean intact, long entries, long chains, long anchors, Break firstBreak) implements java.io.Serializable {

    /** Where the trail stopped proving itself. */
    public record Break(String chainKey, Long seq, Long entryId, String problem) implements java.io.Serializable {
    }

    static AuditVerification intact(long entries, long chains, long anchors) {
        return new AuditVerification(true, entries, chains, anchors, null);
    }

    static AuditVerification broken(long entries, long chains, long anchors, Break at) {
        return new AuditVerification(false, entries, chains, anchors, at);
    }
}
