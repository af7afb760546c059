package com.servicedesk.retention;

import java.util.Set;

/** The kinds of record a retention policy governs, and what may happen to each at the end of its period. */
public enum RecordKind {
    COMPLAINT(Set.of(RetentionAction.ANONYMISE, RetentionAction.KEEP)),
    /** Complaints of one business category (the bank's B0602, credit-report disputes) kept longer. */
    CREDIT_REPORT_COMPLAINT(Set.of(RetentionAction.ANONYMISE, RetentionAction.KEEP)),
    SERVICE_REQUEST(Set.of(RetentionAction.ANONYMISE, RetentionAction.KEEP)),
    APPLICATION(Set.of(RetentionAction.ANONYMISE, RetentionAction.KEEP)),
    RETURN_VISIT(Set.of(RetentionAction.ANONYMISE, RetentionAction.KEEP)),
    /** Evidence files and the letters sent, which go with their case. */
    EVIDENCE_FILE(Set.of(RetentionAction.DELETE, RetentionAction.KEEP)),
    REPORT_ARCHIVE(Set.of(RetentionAction.KEEP)),
    AUDIT_ENTRY(Set.of(RetentionAction.KEEP));

    private final Set<RetentionAction> actions;

    RecordKind(Set<RetentionAction> actions) {
        this.actions = actions;
    }

    /**
     * What the end of the period may do: case records are anonymised, never deleted, since the statistics
     * the bank reports count them; files are deleted (their digest stays); the archive and the audit trail stay.
     */
    public Set<RetentionAction> actions() {
        return actions;
    }
}
