package com.servicedesk.reference;

import com.servicedesk.audit.AuditEvent;
import com.servicedesk.audit.AuditTrail;
import com.servicedesk.security.CallerContext;
import com.servicedesk.shared.ConflictException;
import com.servicedesk.shared.InvalidInputException;
import com.servicedesk.shared.InvalidInputException.Violation;
import com.servicedesk.shared.JsonSupport;
import com.servicedesk.shared.Role;
import com.servicedesk.shared.TimeSource;
import com.servicedesk.shared.Validity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A revised JR/T 0169 code list loaded as a new version: codes added, codes retired with the code
 * that replaces each. Nothing is deleted: a case keeps the code it was classified with, the pickers
 * offer the codes in force, and statistics name the replacement of a retired code.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class ComplaintCodeAdministration {

    /** A code the revision adds, under a parent of the same dimension (none for a top-level code). */
    public record NewCode(String code, String dimension, String parentCode, String nameZh, String nameEn,
                          CodeSource source) {
    }

    /** A code the revision retires, and the code that takes its place. */
    public record Retired(String code, String replacedBy) {
    }

    /** What a revision takes. */
    public record Revision(String title, String source, LocalDate effectiveFrom, List<NewCode> added,
                           List<Retired> retired) {
    }

    /** A version of the lists, with what it changed. */
    public record ListView(int version, String title, String source, LocalDate effectiveFrom, String loadedBy,
                           long added, long retired) implements java.io.Serializable {
    }

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @EJB
    private CallerContext callers;

    @EJB
    private ReferenceDataService reference;

    @Inject
    private TimeSource time;

    public List<ListView> lists() {
        return reference.codeLists().stream().map(this::view).toList();
    }

    public ListView load(Revision r) {
        List<ComplaintCodeList> lists = em.createQuery("select l from ComplaintCodeList l order by l.version desc",
                ComplaintCodeList.class).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        ComplaintCodeList latest = lists.get(0);
        LocalDate today = time.today();
        if (latest.effectiveFrom().isAfter(today)) {
            throw new ConflictException("code-list-pending", "version " + latest.version() + " takes effect on "
                    + latest.effectiveFrom() + ": a further revision can follow once it is in force");
        }
        List<Violation> v = new ArrayList<>();
        if (r.title() == null || r.title().isBlank() || r.title().strip().length() > 200) {
            v.add(new Violation("title", "is required, at most 200 characters"));
        }
        if (r.source() == null || r.source().isBlank() || r.source().strip().length() > 300) {
            v.add(new Violation("source", "is required (the standard and its notice), at most 300 characters"));
        }
        Validity.checkNotBefore(r.effectiveFrom(), today, v);
        List<NewCode> added = r.added() == null ? List.of() : r.added();
        List<Retired> retired = r.retired() == null ? List.of() : r.retired();
        if (added.isEmpty() && retired.isEmpty()) {
            v.add(new Violation("added", "a revision adds or retires at least one code"));
        }
        Map<String, ComplaintCode> current = new HashMap<>();
        for (ComplaintCode c : em.createQuery("select c from ComplaintCode c", ComplaintCode.class).getResultList()) {
            if (c.retiredIn() == null) {
                current.put(c.code(), c);
            }
        }
        Map<String, NewCode> adding = new HashMap<>();
        for (int i = 0; i < added.size(); i++) {
            NewCode n = added.get(i);
            String f = "added[" + i + "]";
            if (n.dimension() == null || !n.dimension().matches("[ABC]")) {
                v.add(new Violation(f + ".dimension", "must be A, B or C"));
            } else if (n.code() == null || !n.code().matches(n.dimension() + "[0-9]{2}([0-9]{2}){0,2}")) {
                v.add(new Violation(f + ".code", "must be " + n.dimension() + " followed by 2, 4 or 6 digits"));
            } else if (em.find(ComplaintCode.class, n.code()) != null || adding.containsKey(n.code())) {
                v.add(new Violation(f + ".code", n.code() + " exists already: a code is never reused"));
            } else {
                adding.put(n.code(), n);
            }
            if (n.nameZh() == null || n.nameZh().isBlank() || n.nameEn() == null || n.nameEn().isBlank()) {
                v.add(new Violation(f + ".nameZh", "both names are required"));
            }
        }
        Set<String> retiring = new HashSet<>();
        retired.forEach(x -> retiring.add(x.code()));
        for (int i = 0; i < added.size(); i++) {
            NewCode n = added.get(i);
            if (!adding.containsKey(n.code())) {
                continue; // refused for its code already
            }
            String parent = n.parentCode();
            int expectedLength = parent == null ? 3 : parent.length() + 2;
            boolean parentOk = parent == null || (current.containsKey(parent) && !retiring.contains(parent))
                    || adding.containsKey(parent);
            if (!parentOk || n.code().length() != expectedLength || parent != null && !n.code().startsWith(parent)) {
                v.add(new Violation("added[" + i + "].parentCode", "must be a code in force that " + n.code()
                        + " extends by two digits (none for a top-level code)"));
            }
        }
        for (int i = 0; i < retired.size(); i++) {
            Retired x = retired.get(i);
            ComplaintCode code = x.code() == null ? null : current.get(x.code());
            if (code == null) {
                v.add(new Violation("retired[" + i + "].code", x.code() + " is not a code in force"));
                continue;
            }
            String replacement = x.replacedBy();
            String dimension = replacement == null ? null : current.containsKey(replacement)
                    ? current.get(replacement).dimension() : adding.containsKey(replacement) ? adding.get(replacement).dimension() : null;
            if (dimension == null || retiring.contains(replacement) || !dimension.equals(code.dimension())) {
                v.add(new Violation("retired[" + i + "].replacedBy", "must be a code of dimension " + code.dimension()
                        + " that stays in force or is added"));
            }
            for (ComplaintCode child : current.values()) {
                if (x.code().equals(child.parentCode()) && !retiring.contains(child.code())) {
                    v.add(new Violation("retired[" + i + "].code", x.code() + " still has " + child.code()
                            + " under it: retire that as well"));
                }
            }
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        int version = latest.version() + 1;
        ComplaintCodeList list = new ComplaintCodeList(version, r.title().strip(), r.source().strip(), r.effectiveFrom(),
                callers.current().username(), time.now());
        em.persist(list);
        em.flush();
        int sort = em.createQuery("select coalesce(max(c.sortOrder), 0) from ComplaintCode c", Integer.class)
                .getSingleResult();
        // parents before children, so that a new branch of the tree can be added in one revision
        List<NewCode> ordered = added.stream().sorted(java.util.Comparator.comparingInt(n -> n.code().length())).toList();
        for (NewCode n : ordered) {
            int level = (n.code().length() - 1) / 2;
            em.persist(new ComplaintCode(n.code(), n.dimension(), n.parentCode(), level, n.nameZh().strip(),
                    n.nameEn().strip(), n.source() == null ? CodeSource.PROVISIONAL : n.source(), ++sort, version));
        }
        em.flush();
        for (Retired x : retired) {
            current.get(x.code()).retire(version, x.replacedBy());
        }
        em.flush();
        JsonArrayBuilder addedCodes = JsonSupport.JSON.createArrayBuilder();
        ordered.forEach(n -> addedCodes.add(n.code()));
        JsonArrayBuilder retiredCodes = JsonSupport.JSON.createArrayBuilder();
        retired.forEach(x -> retiredCodes.add(JsonSupport.JSON.createObjectBuilder().add("code", x.code())
                .add("replacedBy", x.replacedBy())));
        audit.record(AuditEvent.of("ComplaintCodeList", version, "LOAD").withStates(
                JsonSupport.JSON.createObjectBuilder().add("version", latest.version()).build().toString(),
                JsonSupport.JSON.createObjectBuilder().add("version", version).add("title", list.title())
                        .add("effectiveFrom", list.effectiveFrom().toString()).add("added", addedCodes)
                        .add("retired", retiredCodes).build().toString()));
        return view(list);
    }

    private ListView view(ComplaintCodeList l) {
        long added = em.createQuery("select count(c) from ComplaintCode c where c.introducedIn = :v", Long.class)
                .setParameter("v", l.version()).getSingleResult();
        long retired = em.createQuery("select count(c) from ComplaintCode c where c.retiredIn = :v", Long.class)
                .setParameter("v", l.version()).getSingleResult();
        return new ListView(l.version(), l.title(), l.source(), l.effectiveFrom(), l.loadedBy(), added, retired);
    }
}
