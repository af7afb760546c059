package com.servicedesk.workqueue;

/** What can be done to a selection of cases at once. */
public enum BulkAction {
    /** Give each case to a member of staff (complaints and service requests; a supervisor's action). */
    ASSIGN,
    /** Write the same note on each case. */
    ADD_NOTE,
    /** Close each service request whose loop is complete (followed up). */
    CLOSE
}
