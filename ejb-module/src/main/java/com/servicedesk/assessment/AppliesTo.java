package com.servicedesk.assessment;

/** Which subjects a KPI scores. */
public enum AppliesTo {
    BRANCH, STAFF, BOTH;

    public boolean includes(SubjectType type) {
        return this == BOTH || name().equals(type.name());
    }
}
