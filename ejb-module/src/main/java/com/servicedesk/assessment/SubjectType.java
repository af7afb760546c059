package com.servicedesk.assessment;

/** Who is assessed: a branch or a member of its staff. */
public enum SubjectType {
    BRANCH, STAFF
}
