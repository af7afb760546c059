package com.servicedesk.application;

import com.servicedesk.audit.AuditTrail;
import com.servicedesk.organisation.BranchCases;
import com.servicedesk.organisation.BranchMove;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Open business applications: every status but completed and rejected. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ApplicationBranchCases implements BranchCases {

    private static final String OPEN = "x.status not in (com.servicedesk.application.ApplicationStatus.COMPLETED, com.servicedesk.application.ApplicationStatus.REJECTED)";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @Override
    public String kind() {
        return "business applications";
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long countOpen(String branchCode) {
        return BranchMove.count(em, "BusinessApplication", OPEN, branchCode);
    }

    @Override
    public int moveOpen(String fromBranch, String toBranch) {
        return BranchMove.move(em, audit, "BusinessApplication", ApplicationService.AUDIT_TYPE, OPEN, fromBranch, toBranch);
    }
}
