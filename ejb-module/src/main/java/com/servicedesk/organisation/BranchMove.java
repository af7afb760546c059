package com.servicedesk.organisation;

import com.servicedesk.audit.AuditEvent;
import com.servicedesk.audit.AuditTrail;
import com.servicedesk.shared.JsonSupport;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * How a context's records move between branches: one statement for the lot (their versions move on,
 * so a concurrent edit fails as a stale write) and an audit entry per record, in its own chain, with
 * the branch before and after.
 */
public final class BranchMove {

    private BranchMove() {
    }

    /**
     * @param entity    the entity's name in JPQL, aliased {@code x} in {@code open}
     * @param auditType the type its audit chains are named after
     * @param open      the JPQL condition that makes a record still open, on alias {@code x}
     */
    public static int move(EntityManager em, AuditTrail audit, String entity, String auditType, String open, String from,
                           String to) {
        List<Object> ids = em.createQuery("select x.id from " + entity + " x where x.branchCode = :b"
                        + (open == null ? "" : " and " + open), Object.class)
                .setParameter("b", from).getResultList();
        for (int i = 0; i < ids.size(); i += 500) {
            em.createQuery("update " + entity + " x set x.branchCode = :to, x.version = x.version + 1 where x.id in :ids")
                    .setParameter("to", to).setParameter("ids", ids.subList(i, Math.min(ids.size(), i + 500)))
                    .executeUpdate();
        }
        for (Object id : ids) {
            audit.record(AuditEvent.of(auditType, id, "MOVE_BRANCH")
                    .withStates(state(from), state(to)));
        }
        return ids.size();
    }

    public static long count(EntityManager em, String entity, String open, String branch) {
        return em.createQuery("select count(x) from " + entity + " x where x.branchCode = :b"
                + (open == null ? "" : " and " + open), Long.class).setParameter("b", branch).getSingleResult();
    }

    private static String state(String branch) {
        return JsonSupport.JSON.createObjectBuilder().add("branchCode", branch).build().toString();
    }
}
