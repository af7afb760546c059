package com.servicedesk.reference;

/** Where a classification code comes from, so that statistics can say how far to trust it. */
public enum CodeSource {
    /** Checked against the standard's published text. */
    STANDARD,
    /** The standard's name and structure, with a code not yet checked against its text. */
    PROVISIONAL,
    /** The bank's own subdivision, outside the standard. */
    BANK
}
