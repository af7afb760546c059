package com.servicedesk.search;

import com.servicedesk.customer.CustomerService;
import com.servicedesk.customer.CustomerService.CustomerMatch;
import com.servicedesk.security.Caller;
import com.servicedesk.security.CallerContext;
import com.servicedesk.shared.InvalidInputException;
import com.servicedesk.shared.Page;
import com.servicedesk.shared.PageRequest;
import com.servicedesk.shared.Queries;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Searches the cases staff may open for a term, with substring semantics, so that "年费" finds
 * "信用卡年费被重复扣收" without any word segmentation: the reference, the description, the resolution
 * and the notes of each case (the generated column {@code search_text} of V27, a GIN trigram index on
 * PostgreSQL), and the customer's name. An identity number or a phone is looked for only as itself,
 * through the customer's keyed hash, never in any text. A case outside the caller's branch scope is
 * neither listed nor counted. Hits whose reference starts with the term come first, then the newest.
 */
@Stateless
@PermitAll
public class SearchService {

    /** A term shorter than this would match nearly everything, and no trigram index helps it. */
    public static final int MIN_LENGTH = 2;
    private static final int MAX_LENGTH = 100;
    /** How many customers a name may bring in: a broader name is a term to narrow, not to list. */
    private static final int MAX_CUSTOMERS = 500;
    private static final int CONTEXT_BEFORE = 20;
    private static final int CONTEXT_AFTER = 40;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerContext callers;

    @EJB
    private CustomerService customers;

    /** A page of the cases matching {@code q}, of one kind ({@code type}) or of all three (null). */
    public Page<SearchHit> search(String q, String type, PageRequest page) {
        Caller caller = callers.current();
        caller.requireBusinessAccess();
        String term = q == null ? "" : q.strip();
        if (term.codePointCount(0, term.length()) < MIN_LENGTH || term.length() > MAX_LENGTH) {
            throw new InvalidInputException("q", "must have between " + MIN_LENGTH + " and " + MAX_LENGTH + " characters");
        }
        List<SearchType> types = type == null || type.isBlank() ? List.of(SearchType.values()) : List.of(SearchType.of(type));
        CustomerMatch named = customers.matching(term, MAX_CUSTOMERS);
        // each kind is read up to the end of the page asked for, then the kinds are merged
        int wanted = Math.addExact(page.offset(), page.size());
        Optional<Criteria> found = criteria(term, named, caller);
        if (found.isEmpty()) {
            return new Page<>(List.of(), page.page(), page.size(), 0);
        }
        Criteria criteria = found.get();
        List<Ranked> ranked = new ArrayList<>();
        long total = 0;
        for (SearchType t : types) {
            total += ranks(t, term, criteria, wanted, ranked);
        }
        List<Ranked> onPage = ranked.stream().sorted(Ranked.ORDER).skip(page.offset()).limit(page.size()).toList();
        Map<SearchType, Map<Long, SearchHit>> hits = new HashMap<>();
        for (SearchType t : types) {
            List<Long> ids = onPage.stream().filter(r -> r.type() == t).map(Ranked::id).toList();
            if (!ids.isEmpty()) {
                hits.put(t, hits(t, term, ids, named.byIdentifier()));
            }
        }
        // a case deleted between the two reads (by a retention run) is left out of the page
        List<SearchHit> items = onPage.stream().map(r -> hits.get(r.type()).get(r.id())).filter(Objects::nonNull).toList();
        return new Page<>(items, page.page(), page.size(), total);
    }

    /** What a case must meet to be a hit, or nothing when the term names nothing a case could hold. */
    private static Optional<Criteria> criteria(String term, CustomerMatch named, Caller caller) {
        Map<String, Object> params = new HashMap<>();
        List<String> any = new ArrayList<>();
        if (!named.byIdentifier()) {
            any.add("x.search_text ilike :pattern escape '!'");
            params.put("pattern", "%" + Queries.likeEscaped(term) + "%");
        }
        if (!named.ids().isEmpty()) {
            any.add("x.customer_id in (:customers)");
            params.put("customers", named.ids());
        }
        if (any.isEmpty()) {
            return Optional.empty();
        }
        String where = " where (" + String.join(" or ", any) + ")";
        if (!caller.scope().all()) {
            where += " and x.branch_code in (:scope)";
            params.put("scope", caller.scope().queryBranches());
        }
        return Optional.of(new Criteria(where, params));
    }

    /**
     * Adds the first {@code wanted} hits of one kind, in their order, to {@code ranked}, and answers how
     * many there are in all. One pass over the matches gives both: the count is a window over the same
     * rows the page is sorted from, and the rows carry only what ranks them (the texts of those on the
     * page are read afterwards, by id).
     */
    private long ranks(SearchType t, String term, Criteria criteria, int wanted, List<Ranked> ranked) {
        Query query = criteria.bind(em.createNativeQuery("select x.id, x.reference, x." + t.dateColumn
                + ", count(*) over () from " + t.table + " x" + criteria.where
                + " order by case when x.reference ilike :prefix escape '!' then 0 else 1 end, x." + t.dateColumn
                + " desc, x.id desc"));
        query.setParameter("prefix", Queries.likeEscaped(term) + "%");
        long total = 0;
        for (Object row : query.setMaxResults(wanted).getResultList()) {
            Object[] r = (Object[]) row;
            ranked.add(new Ranked(t, ((Number) r[0]).longValue(), startsWith((String) r[1], term), instant(r[2])));
            total = ((Number) r[3]).longValue();
        }
        return total;
    }

    /** The hits of one kind with these ids: title, highlight and the customer's name read for the page only. */
    private Map<Long, SearchHit> hits(SearchType t, String term, List<Long> ids, boolean byIdentifier) {
        String texts = String.join(", ", Arrays.stream(t.textColumns).map(c -> "x." + c).toList());
        List<?> rows = em.createNativeQuery("select x.id, x.reference, x." + t.dateColumn + ", cu.name, " + texts
                + " from " + t.table + " x join customer cu on cu.id = x.customer_id where x.id in (:ids)")
                .setParameter("ids", ids).getResultList();
        Map<Long, SearchHit> hits = new HashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            String reference = (String) r[1];
            String customer = (String) r[3];
            String title = Highlights.shorten((String) r[4], 60);
            // the first text that holds the term, else the reference or the customer's name; for an
            // identity number or phone, the customer it named (the number itself is never shown)
            String highlight = null;
            for (int i = 0; i < t.textColumns.length && highlight == null && !byIdentifier; i++) {
                highlight = Highlights.around((String) r[4 + i], term, CONTEXT_BEFORE, CONTEXT_AFTER);
            }
            if (highlight == null && !byIdentifier) {
                highlight = Highlights.around(reference, term, 0, 0);
            }
            if (highlight == null) {
                String name = Highlights.around(customer, term, 0, 0);
                highlight = "客户：" + (name == null ? Highlights.escape(customer) : name);
            }
            long id = ((Number) r[0]).longValue();
            hits.put(id, new SearchHit(t.name, id, reference, title, highlight, instant(r[2])));
        }
        return hits;
    }

    private static boolean startsWith(String text, String term) {
        return text.regionMatches(true, 0, term, 0, term.length());
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("a time came back as " + value.getClass());
    }

    /** The condition on a case ({@code x}) and its parameters, the same for every kind. */
    private record Criteria(String where, Map<String, Object> params) {

        Query bind(Query query) {
            params.forEach(query::setParameter);
            return query;
        }
    }

    /** What ranks a hit: a reference the term begins first, then the newest, then the highest id. */
    private record Ranked(SearchType type, long id, boolean referencePrefix, Instant receivedAt) {

        static final Comparator<Ranked> ORDER = Comparator.comparing((Ranked r) -> !r.referencePrefix())
                .thenComparing(Ranked::receivedAt, Comparator.reverseOrder())
                .thenComparing(Ranked::id, Comparator.reverseOrder());
    }
}
