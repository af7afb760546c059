package com.servicedesk.attachment;

import com.servicedesk.security.Caller;
import com.servicedesk.shared.RecordNotFoundException;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * The cases that keep evidence files and notes, by the name their entity and their audit chains go by, so
 * that a file's upload or a note is in the case's own history.
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

    /** The case exists within the caller's branches, or it is not found (its existence is not revealed). */
    void requireInScope(EntityManager em, Caller caller, long caseId) {
        List<String> branch = em.createQuery("select x.branchCode from " + entity + " x where x.id = :id", String.class)
                .setParameter("id", caseId).getResultList();
        if (branch.isEmpty() || !caller.scope().includes(branch.get(0))) {
            throw new RecordNotFoundException(entity, caseId);
        }
    }
}
