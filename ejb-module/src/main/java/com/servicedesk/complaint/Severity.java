package com.servicedesk.complaint;

/** How grave a complaint is, which decides how fast it is watched. */
public enum Severity {
    /** A routine matter. */
    LOW,
    /** The default. */
    MEDIUM,
    /** Money lost, repeated complaints, vulnerable customers. */
    HIGH,
    /** Media, regulator or mass incident risk. */
    CRITICAL
}
