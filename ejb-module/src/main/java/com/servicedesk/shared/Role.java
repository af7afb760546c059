package com.servicedesk.shared;

/**
 * What a member of staff does at the bank, which decides what they may do here. The names are
 * the role names the container checks ({@code @RolesAllowed}).
 */
public enum Role {
    /** Front-line staff: take and handle requests and complaints at their branch. */
    AGENT,
    /** Leads a branch: approves, reassigns, grants the first complaint extension. */
    SUPERVISOR,
    /** Oversees a region's branches: second extensions, assessment approval. */
    MANAGER,
    /** Internal audit: reads everything, changes nothing, sees the audit trail. */
    AUDITOR,
    /** Administers users, branches and reference data; sees no business data. */
    ADMIN;

    public static final String AGENT_NAME = "AGENT";
    public static final String SUPERVISOR_NAME = "SUPERVISOR";
    public static final String MANAGER_NAME = "MANAGER";
    public static final String AUDITOR_NAME = "AUDITOR";
    public static final String ADMIN_NAME = "ADMIN";

    /** Whether the role works with customers and their cases (everyone but the administrator). */
    public boolean seesBusinessData() {
        return this != ADMIN;
    }

    /** Whether the role may change business data (the auditor only reads). */
    public boolean changesBusinessData() {
        return this == AGENT || this == SUPERVISOR || this == MANAGER;
    }
}
