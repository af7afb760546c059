package com.servicedesk.audit;

import com.servicedesk.shared.Page;
import com.servicedesk.shared.PageRequest;
import com.servicedesk.shared.Queries;
import com.servicedesk.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
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
                + " e.entityId, e.beforeState, e.afterState, e.detail, e.chainKey, e.seq from AuditEntry e" + where
                + " order by e.occurredAt desc, e.id desc", Object[].class);
        TypedQuery<Long> count = em.createQuery("select count(e) from AuditEntry e" + where, Long.class);
        params.forEach((k, v) -> {
            items.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<Object[]> rows = items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        // the personal text of the entries shown, put back while it is kept
        Map<String, Map<String, String>> personal = new HashMap<>();
        if (!rows.isEmpty()) {
            Queries.create(em, "select p from AuditPersonalData p where p.chainKey in :keys", AuditPersonalData.class,
                            Map.of("keys", rows.stream().map(r -> (String) r[9]).distinct().toList()))
                    .getResultStream().forEach(p -> personal.put(p.chainKey() + "#" + p.seq(), PersonalText.values(p)));
        }
        return new Page<>(rows.stream().map(r -> {
            Map<String, String> values = personal.getOrDefault(r[9] + "#" + r[10], Map.of());
            return new AuditLogEntry((Long) r[0], (Instant) r[1], (String) r[2], (String) r[3], (String) r[4],
                    (String) r[5], PersonalText.unseal((String) r[6], "before", values),
                    PersonalText.unseal((String) r[7], "after", values), PersonalText.unseal((String) r[8], "detail", values));
        }).toList(), page.page(), page.size(), count.getSingleResult());
    }

    private static void add(StringBuilder where, Map<String, Object> params, String name, String clause, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            where.append(" and ").append(clause);
            params.put(name, value);
        }
    }
}
