package com.servicedesk.security;

/**
 * The grades of personal financial information in JR/T 0171-2020. C3 (authentication data) is never
 * stored; C2 (identity documents, phone, account numbers, transactions) is encrypted at rest and
 * masked when shown; C1 is internal information.
 */
public enum InformationClass {
    C1, C2, C3
}
