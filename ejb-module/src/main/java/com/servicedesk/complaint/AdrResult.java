package com.servicedesk.complaint;

/** How the outside body decided the customer's claim against the bank. */
public enum AdrResult {
    /** The customer's claim was upheld. */
    UPHELD,
    /** Upheld in part. */
    PARTLY_UPHELD,
    /** Not upheld: the bank's decision stood. */
    NOT_UPHELD
}
