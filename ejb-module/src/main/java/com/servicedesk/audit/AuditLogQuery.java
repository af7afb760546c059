package com.servicedesk.audit;

import com.servicedesk.shared.Role;
import com.servicedesk.shared.Page;
import com.servicedesk.shared.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** The audit-log viewer for internal audit: entries filtered by who, what, which record and when, newest first. */
@Stateless
@RolesAllowed(Role.AUDITOR_NAME)
public class AuditLogQuery {

    /** The filters; every one optional. */
    public record Filter(String actor, String entityType, String entityId, String action, Instant from, Instant to) {
    }

    @PersistenceContext
    private EntityManager em;

    public Page<AuditLogEntry> search(Filter filter, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        add(where, params, "actor", "e.actor = :actor", filter.actor());
        add(where, params, "type", "e.entityType = :type", filter.entityType());
        add(where, params, "entity", "e.entityId = :entity", filter.entityId());
        add(where, params, "action", "e.action = :action", filter.action());
        add(where, params, "from", "e.occurredAt >= :from", filter.from());
        add(where, params, "to", "e.occurredAt < :to", filter.to());
        TypedQuery<Object[]> items = em.createQuery("select e.id, e.occurredAt, e.actor, e.action, e.entityType,"
                + " e.entityId, e.beforeState, e.afterState, e.detail from AuditEntry e" + where
                + " order by e.occurredAt desc, e.id desc", Object[].class);
        TypedQuery<Long> count = em.createQuery("select count(e) from AuditEntry e" + where, Long.class);
        params.forEach((k, v) -> {
            items.setParameter(k, v);
            count.setParameter(k, v);
        });
        return new Page<>(items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultStream()
                .map(r -> new AuditLogEntry((Long) r[0], (Instant) r[1], (String) r[2], (String) r[3], (String) r[4],
                        (String) r[5], (String) r[6], (String) r[7], (String) r[8]))
                .toList(), page.page(), page.size(), count.getSingleResult());
    }

    private static void add(StringBuilder where, Map<String, Object> params, String name, String clause, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            where.append(" and ").append(clause);
            params.put(name, value);
        }
    }
}
