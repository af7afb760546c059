package com.servicedesk.servicerequest;

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

/** Open service requests: every status but closed and cancelled. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ServiceRequestBranchCases implements BranchCases {

    private static final String OPEN = "x.status not in (com.servicedesk.servicerequest.ServiceRequestStatus.CLOSED, com.servicedesk.servicerequest.ServiceRequestStatus.CANCELLED)";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @Override
    public String kind() {
        return "service requests";
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long countOpen(String branchCode) {
        return BranchMove.count(em, "ServiceRequest", OPEN, branchCode);
    }

    @Override
    public int moveOpen(String fromBranch, String toBranch) {
        return BranchMove.move(em, audit, "ServiceRequest", ServiceRequestService.AUDIT_TYPE, OPEN, fromBranch, toBranch);
    }
}
