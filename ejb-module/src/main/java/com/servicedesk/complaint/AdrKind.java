package com.servicedesk.complaint;

/** Where a customer who disagrees with the bank's decision took the dispute: the routes outside the bank. */
public enum AdrKind {
    /** 调解: a mediation body, such as the banking dispute mediation centre. */
    MEDIATION,
    /** 仲裁: an arbitration commission. */
    ARBITRATION,
    /** 诉讼: a people's court. */
    LITIGATION,
    /** 监管裁决: the regulator's own finding. */
    REGULATOR_RULING
}
