package com.servicedesk.attachment;

/**
 * The cases that keep evidence files, by the name their entity and their audit chains go by, so that
 * a file's upload is in the case's own history.
 */
public enum CaseKind {
    COMPLAINT("Complaint"),
    SERVICE_REQUEST("ServiceRequest"),
    APPLICATION("BusinessApplication");

    private final String entity;

    CaseKind(String entity) {
        this.entity = entity;
    }

    /** The entity's JPQL name, which is also the case's audit type. */
    public String entity() {
        return entity;
    }
}
