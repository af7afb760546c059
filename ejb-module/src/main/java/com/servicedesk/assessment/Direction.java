package com.servicedesk.assessment;

/** Whether a KPI is better high (a rate of success) or low (a rate of complaints). */
public enum Direction {
    HIGHER, LOWER
}
