package com.servicedesk.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Queries with a collection bound to a parameter ({@code c.status in :open}), written so that
 * Hibernate can cache their translation. Hibernate keeps the SQL it translated a query into only
 * when no parameter may take a collection, which any parameter alone in an {@code in} list may;
 * otherwise it translates the query again on every execution, which was a third of a work-queue
 * request. Here each collection becomes one parameter per element ({@code in (:open_0, :open_1)}),
 * padded to at least two and to a power of two by repeating the last element (as Hibernate's own
 * {@code in_clause_parameter_padding} does), so few texts occur and each is translated once.
 */
public final class Queries {

    private Queries() {
    }

    /** A where clause and its parameters, shared by a list's page and its count. */
    public record Criteria(String where, Map<String, Object> params) {
    }

    /** A term as the literal part of a LIKE pattern written with {@code escape '!'}. */
    public static String likeEscaped(String term) {
        return term.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** The query, with every collection-valued parameter spelled out and every parameter bound. */
    public static <T> TypedQuery<T> create(EntityManager em, String jpql, Class<T> type, Map<String, ?> params) {
        Map<String, Object> bound = new LinkedHashMap<>();
        String text = expand(jpql, params, bound);
        TypedQuery<T> query = em.createQuery(text, type);
        bound.forEach(query::setParameter);
        return query;
    }

    /** An update or delete, with every collection-valued parameter spelled out and every parameter bound. */
    public static Query update(EntityManager em, String jpql, Map<String, ?> params) {
        Map<String, Object> bound = new LinkedHashMap<>();
        Query query = em.createQuery(expand(jpql, params, bound));
        bound.forEach(query::setParameter);
        return query;
    }

    /**
     * Rewrites {@code :name} for each non-empty collection in {@code params} as {@code (:name_0, …)};
     * puts what to bind into {@code bound}. An empty collection stays one parameter (it matches nothing).
     */
    static String expand(String jpql, Map<String, ?> params, Map<String, Object> bound) {
        String text = jpql;
        for (Map.Entry<String, ?> p : params.entrySet()) {
            if (!(p.getValue() instanceof Collection<?> values) || values.isEmpty()) {
                bound.put(p.getKey(), p.getValue());
                continue;
            }
            StringJoiner list = new StringJoiner(", ", "(", ")");
            int size = Math.max(2, Integer.highestOneBit(values.size() - 1) << 1);
            Iterator<?> it = values.iterator();
            Object value = null;
            for (int i = 0; i < size; i++) {
                String name = p.getKey() + "_" + i;
                value = it.hasNext() ? it.next() : value;
                list.add(":" + name);
                bound.put(name, value);
            }
            text = Pattern.compile(":" + Pattern.quote(p.getKey()) + "\\b").matcher(text)
                    .replaceAll(Matcher.quoteReplacement(list.toString()));
        }
        return text;
    }
}
