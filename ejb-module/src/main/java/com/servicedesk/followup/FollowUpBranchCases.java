package com.servicedesk.followup;

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

/** Open follow-ups: the return visits still to make. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class FollowUpBranchCases implements BranchCases {

    private static final String OPEN = "x.status = com.servicedesk.followup.FollowUpStatus.OPEN";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @Override
    public String kind() {
        return "follow-ups";
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long countOpen(String branchCode) {
        return BranchMove.count(em, "FollowUp", OPEN, branchCode);
    }

    @Override
    public int moveOpen(String fromBranch, String toBranch) {
        return BranchMove.move(em, audit, "FollowUp", FollowUpService.AUDIT_TYPE, OPEN, fromBranch, toBranch);
    }
}
