package com.servicedesk.application;

import com.servicedesk.audit.AuditEvent;
import com.servicedesk.audit.AuditTrail;
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

    /** A type with every checklist row ever entered. */
    public record TypeView(String code, String nameZh, String nameEn, long version, List<DocumentView> documents) {
    }

    /** One checklist row with the days it holds. */
    public record DocumentView(String code, String nameZh, String nameEn, LocalDate effectiveFrom, LocalDate effectiveTo) {
    }

    /** A required document as entered. */
    public record DocumentInput(String code, String nameZh, String nameEn) {
    }

    /** The whole checklist from a day. */
    public record Checklist(LocalDate effectiveFrom, List<DocumentInput> documents) {
    }

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @Inject
    private TimeSource time;

    public List<TypeView> types() {
        return em.createQuery("select t from ApplicationType t order by t.sortOrder", ApplicationType.class)
                .getResultStream().map(ApplicationTypeAdministration::view).toList();
    }

    /** Replaces a type's checklist from a day on; {@code expectedVersion} null when the caller names none. */
    public TypeView requireDocuments(String code, Long expectedVersion, Checklist checklist) {
        ApplicationType type = code == null ? null : em.find(ApplicationType.class, code, LockModeType.PESSIMISTIC_WRITE);
        if (type == null) {
            throw new RecordNotFoundException("application type", code);
        }
        StaleVersionException.check("application type", code, expectedVersion, type.version());
        List<Violation> v = new ArrayList<>();
        try {
            // from tomorrow at the earliest: a draft started today is checked against today's list all day
            Validity.requireNotBefore(checklist.effectiveFrom(), time.today().plusDays(1));
        } catch (InvalidInputException e) {
            v.addAll(e.violations());
        }
        List<DocumentInput> docs = checklist.documents() == null ? List.of() : checklist.documents();
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
            if (d.nameZh() == null || d.nameZh().isBlank() || d.nameZh().strip().length() > 100) {
                v.add(new Violation("documents[" + i + "].nameZh", "is required, at most 100 characters"));
            }
            if (d.nameEn() == null || d.nameEn().isBlank() || d.nameEn().strip().length() > 100) {
                v.add(new Violation("documents[" + i + "].nameEn", "is required, at most 100 characters"));
            }
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        LocalDate from = checklist.effectiveFrom();
        String before = state(type.documents(from));
        List<ApplicationType.RequiredDocument> rows = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            DocumentInput d = docs.get(i);
            rows.add(new ApplicationType.RequiredDocument(d.code(), d.nameZh().strip(), d.nameEn().strip(), i + 1, from));
        }
        List<ApplicationType.RequiredDocument> replaced = type.requireFrom(from, rows);
        em.flush();
        audit.record(AuditEvent.of("ApplicationType", code, "CHANGE_DOCUMENTS").withStates(before, state(type.documents(from)))
                .withDetail(JsonSupport.JSON.createObjectBuilder().add("effectiveFrom", from.toString())
                        .add("replacedScheduled", replaced.size()).build().toString()));
        return view(type);
    }

    private static TypeView view(ApplicationType t) {
        return new TypeView(t.code(), t.nameZh(), t.nameEn(), t.version(), t.documentHistory().stream()
                .map(d -> new DocumentView(d.code(), d.nameZh(), d.nameEn(), d.validity().effectiveFrom(),
                        d.validity().effectiveTo())).toList());
    }

    private static String state(List<ApplicationType.RequiredDocument> documents) {
        JsonArrayBuilder codes = JsonSupport.JSON.createArrayBuilder();
        documents.forEach(d -> codes.add(d.code()));
        return JsonSupport.JSON.createObjectBuilder().add("documents", codes).build().toString();
    }
}
