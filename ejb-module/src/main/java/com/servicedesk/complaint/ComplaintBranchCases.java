package com.servicedesk.complaint;

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

/** Open complaints: every status but declined and closed. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ComplaintBranchCases implements BranchCases {

    private static final String OPEN = "x.status not in (com.servicedesk.complaint.ComplaintStatus.DECLINED, com.servicedesk.complaint.ComplaintStatus.CLOSED)";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @Override
    public String kind() {
        return "complaints";
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long countOpen(String branchCode) {
        return BranchMove.count(em, "Complaint", OPEN, branchCode);
    }

    @Override
    public int moveOpen(String fromBranch, String toBranch) {
        return BranchMove.move(em, audit, "Complaint", ComplaintService.AUDIT_TYPE, OPEN, fromBranch, toBranch);
    }
}
