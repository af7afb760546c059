package com.servicedesk.organisation;

import com.servicedesk.audit.AuditEvent;
import com.servicedesk.audit.AuditTrail;
import com.servicedesk.shared.JsonSupport;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A context's records that belong to a branch (its complaints, service requests, applications,
 * follow-ups, customers): what is still open there, and how it moves to another branch when the
 * branch closes. Each context subclasses this as an EJB and says what "open" means for its records.
 *
 * <p>A move is one statement for the lot (their versions move on, so a concurrent edit fails as a
 * stale write) and an audit entry per record, in its own chain, with the branch before and after.
 */
@PermitAll
public abstract class BranchCases {

    private final String kind;
    private final String entity;
    private final String auditType;
    private final String open;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    /**
     * @param kind      what the records are, as a refusal names them: {@code complaints}
     * @param entity    the entity's name in JPQL, aliased {@code x} in {@code open}
     * @param auditType the type its audit chains are named after
     * @param open      the JPQL condition that makes a record still open, on alias {@code x}; null when all are
     */
    protected BranchCases(String kind, String entity, String auditType, String open) {
        this.kind = kind;
        this.entity = entity;
        this.auditType = auditType;
        this.open = open;
    }

    public String kind() {
        return kind;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long countOpen(String branchCode) {
        return em.createQuery("select count(x) from " + entity + " x where x.branchCode = :b" + openCondition(), Long.class)
                .setParameter("b", branchCode).getSingleResult();
    }

    /** What is still open at every branch that has any, in one grouped query. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<String, Long> countOpenByBranch() {
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : em.createQuery("select x.branchCode, count(x) from " + entity + " x"
                + (open == null ? "" : " where " + open) + " group by x.branchCode", Object[].class).getResultList()) {
            counts.put((String) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** Moves the open records to another branch in the caller's transaction, each with its audit entry. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public int moveOpen(String fromBranch, String toBranch) {
        List<Object> ids = em.createQuery("select x.id from " + entity + " x where x.branchCode = :b" + openCondition(),
                Object.class).setParameter("b", fromBranch).getResultList();
        for (int i = 0; i < ids.size(); i += 500) {
            em.createQuery("update " + entity + " x set x.branchCode = :to, x.version = x.version + 1 where x.id in :ids")
                    .setParameter("to", toBranch).setParameter("ids", ids.subList(i, Math.min(ids.size(), i + 500)))
                    .executeUpdate();
        }
        for (Object id : ids) {
            audit.record(AuditEvent.of(auditType, id, "MOVE_BRANCH").withStates(state(fromBranch), state(toBranch)));
        }
        return ids.size();
    }

    private String openCondition() {
        return open == null ? "" : " and " + open;
    }

    private static String state(String branch) {
        return JsonSupport.JSON.createObjectBuilder().add("branchCode", branch).build().toString();
    }
}
