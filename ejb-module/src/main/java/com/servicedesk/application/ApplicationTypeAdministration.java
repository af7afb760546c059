package com.servicedesk.application;

import com.servicedesk.audit.AuditEvent;
import com.servicedesk.audit.AuditTrail;
import com.servicedesk.shared.ConflictException;
import com.servicedesk.shared.InvalidInputException;
import com.servicedesk.shared.InvalidInputException.Violation;
import com.servicedesk.shared.JsonSupport;
import com.servicedesk.shared.RecordNotFoundException;
import com.servicedesk.shared.Role;
import com.servicedesk.shared.StaleVersionException;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Application types' checklists as the administrator maintains them: the required documents change
 * from a day, tomorrow or later. An application is checked against the list of the day it was created,
 * so a draft started under the old list is not refused for a document added since.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class ApplicationTypeAdministration {

    /** A type with every checklist row ever entered, and which of them hold today and which start later. */
    public record TypeView(String code, String nameZh, String nameEn, long version, List<DocumentView> documents,
                           List<DocumentView> inForce, List<DocumentView> scheduled) implements java.io.Serializable {
    }

    /** One checklist row with the days it holds. */
    public record DocumentView(String code, String nameZh, String nameEn, LocalDate effectiveFrom, LocalDate effectiveTo) implements java.io.Serializable {
    }

    /** A required document as entered. */
    public record DocumentInput(String code, String nameZh, String nameEn) {
    }

    /** The whole checklist from a day. */
    public record Checklist(LocalDate effectiveFrom, List<DocumentInput> documents) {
    }

    /** A new kind of application with its checklist. */
    public record NewType(String code, String nameZh, String nameEn, List<DocumentInput> documents) {
    }

    private static final String AUDIT_TYPE = "ApplicationType";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @Inject
    private TimeSource time;

    public List<TypeView> types() {
        return em.createQuery("select t from ApplicationType t order by t.sortOrder", ApplicationType.class)
                .getResultStream().map(this::view).toList();
    }

    /** Replaces a type's checklist from a day on; {@code expectedVersion} null when the caller names none. */
    public TypeView requireDocuments(String code, Long expectedVersion, Checklist checklist) {
        ApplicationType type = code == null ? null : em.find(ApplicationType.class, code, LockModeType.PESSIMISTIC_WRITE);
        if (type == null) {
            throw new RecordNotFoundException("application type", code);
        }
        StaleVersionException.check("application type", code, expectedVersion, type.version());
        List<Violation> v = new ArrayList<>();
        // from tomorrow at the earliest: a draft started today is checked against today's list all day
        Validity.checkNotBefore(checklist.effectiveFrom(), time.today().plusDays(1), v);
        List<ApplicationType.RequiredDocument> rows = documents(checklist.documents(), checklist.effectiveFrom(), v);
        LocalDate from = checklist.effectiveFrom();
        String before = state(type.documents(from));
        List<ApplicationType.RequiredDocument> replaced = type.requireFrom(from, rows);
        em.flush();
        audit.record(AuditEvent.of(AUDIT_TYPE, code, "CHANGE_DOCUMENTS").withStates(before, state(type.documents(from)))
                .withDetail(JsonSupport.JSON.createObjectBuilder().add("effectiveFrom", from.toString())
                        .add("replacedScheduled", replaced.size()).build().toString()));
        return view(type);
    }

    /** Opens a new kind of application, its checklist in force from today, listed after the others. */
    public TypeView openType(NewType t) {
        List<Violation> v = new ArrayList<>();
        if (t.code() == null || !t.code().matches("[A-Z][A-Z0-9_]{1,31}")) {
            v.add(new Violation("code", "2 to 32 capital letters, digits and '_', beginning with a letter"));
        } else if (em.find(ApplicationType.class, t.code()) != null) {
            throw new ConflictException("application-type-exists", "application type " + t.code() + " exists already");
        }
        name(v, "nameZh", t.nameZh());
        name(v, "nameEn", t.nameEn());
        List<ApplicationType.RequiredDocument> rows = documents(t.documents(), time.today(), v);
        int last = em.createQuery("select coalesce(max(t.sortOrder), 0) from ApplicationType t", Integer.class)
                .getSingleResult();
        ApplicationType type = ApplicationType.of(t.code(), t.nameZh().strip(), t.nameEn().strip(), rows).placedAt(last + 1);
        em.persist(type);
        em.flush();
        audit.record(AuditEvent.of(AUDIT_TYPE, t.code(), "OPEN").withStates(null, state(type.documents(time.today()))));
        return view(type);
    }

    /** The checklist as entered, checked: refused as a whole (with every violation found so far) when anything is wrong. */
    private static List<ApplicationType.RequiredDocument> documents(List<DocumentInput> input, LocalDate from,
                                                                    List<Violation> v) {
        List<DocumentInput> docs = input == null ? List.of() : input;
        if (docs.isEmpty() || docs.size() > 30) {
            v.add(new Violation("documents", "must list between 1 and 30 documents"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < docs.size(); i++) {
            DocumentInput d = docs.get(i);
            if (d.code() == null || !d.code().matches("[A-Z][A-Z0-9_]{1,31}")) {
                v.add(new Violation("documents[" + i + "].code", "2 to 32 capital letters, digits and '_'"));
            } else if (!seen.add(d.code())) {
                v.add(new Violation("documents[" + i + "].code", d.code() + " is listed twice"));
            }
            name(v, "documents[" + i + "].nameZh", d.nameZh());
            name(v, "documents[" + i + "].nameEn", d.nameEn());
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        List<ApplicationType.RequiredDocument> rows = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            DocumentInput d = docs.get(i);
            rows.add(new ApplicationType.RequiredDocument(d.code(), d.nameZh().strip(), d.nameEn().strip(), i + 1, from));
        }
        return rows;
    }

    private static void name(List<Violation> v, String field, String name) {
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            v.add(new Violation(field, "is required, at most 100 characters"));
        }
    }

    private TypeView view(ApplicationType t) {
        LocalDate today = time.today();
        List<DocumentView> all = t.documentHistory().stream().map(d -> new DocumentView(d.code(), d.nameZh(), d.nameEn(),
                d.validity().effectiveFrom(), d.validity().effectiveTo())).toList();
        return new TypeView(t.code(), t.nameZh(), t.nameEn(), t.version(), all,
                all.stream().filter(d -> Validity.holds(d.effectiveFrom(), d.effectiveTo(), today)).toList(),
                all.stream().filter(d -> d.effectiveFrom().isAfter(today)).toList());
    }

    private static String state(List<ApplicationType.RequiredDocument> documents) {
        JsonArrayBuilder codes = JsonSupport.JSON.createArrayBuilder();
        documents.forEach(d -> codes.add(d.code()));
        return JsonSupport.JSON.createObjectBuilder().add("documents", codes).build().toString();
    }
}
