package com.servicedesk.customer;

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

/** A branch's customers: all of them move, so that their next case is taken in where they now belong. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class CustomerBranchCases implements BranchCases {

    private static final String OPEN = null;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @Override
    public String kind() {
        return "customers";
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long countOpen(String branchCode) {
        return BranchMove.count(em, "Customer", OPEN, branchCode);
    }

    @Override
    public int moveOpen(String fromBranch, String toBranch) {
        return BranchMove.move(em, audit, "Customer", "Customer", OPEN, fromBranch, toBranch);
    }
}
