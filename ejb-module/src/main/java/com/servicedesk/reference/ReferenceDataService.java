package com.servicedesk.reference;

import com.servicedesk.shared.TimeSource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;

/** Reads the classification trees and code lists; every signed-in user may. */
@Stateless
@PermitAll
public class ReferenceDataService {

    /** The three JR/T 0169 dimensions. */
    public enum Dimension {
        A, B, C
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TimeSource time;

    /** The tree of one dimension in force today, roots first, children in the standard's order. */
    public List<CodeNode> complaintCodeTree(Dimension dimension) {
        Map<Integer, LocalDate> lists = codeListDays();
        LocalDate today = time.today();
        List<ComplaintCode> codes = em.createQuery("select c from ComplaintCode c where c.dimension = :d"
                        + " order by c.level, c.sortOrder", ComplaintCode.class)
                .setParameter("d", dimension.name())
                .getResultStream().filter(c -> current(c, today, lists)).toList();
        Map<String, List<ComplaintCode>> byParent = new LinkedHashMap<>();
        for (ComplaintCode c : codes) {
            byParent.computeIfAbsent(c.parentCode() == null ? "" : c.parentCode(), k -> new ArrayList<>()).add(c);
        }
        return children("", byParent);
    }

    private static List<CodeNode> children(String parent, Map<String, List<ComplaintCode>> byParent) {
        return byParent.getOrDefault(parent, List.of()).stream()
                .map(c -> new CodeNode(c.code(), c.nameZh(), c.nameEn(), c.source(), children(c.code(), byParent)))
                .toList();
    }

    public Optional<ComplaintCode> findComplaintCode(String code) {
        return Optional.ofNullable(code).map(c -> em.find(ComplaintCode.class, c));
    }

    /** A code of the lists in force today, if it is one: cases are classified with current codes only. */
    public Optional<ComplaintCode> findCurrentComplaintCode(String code) {
        Map<Integer, LocalDate> lists = codeListDays();
        LocalDate today = time.today();
        return findComplaintCode(code).filter(c -> current(c, today, lists));
    }

    /** The versions of the code lists, oldest first. */
    public List<ComplaintCodeList> codeLists() {
        // read on every classification: the query cache keeps it, invalidated when a version is loaded
        return em.createQuery("select l from ComplaintCodeList l order by l.version", ComplaintCodeList.class)
                .setHint(HibernateHints.HINT_CACHEABLE, true).getResultList();
    }

    /** Each version's first day. */
    Map<Integer, LocalDate> codeListDays() {
        Map<Integer, LocalDate> days = new LinkedHashMap<>();
        codeLists().forEach(l -> days.put(l.version(), l.effectiveFrom()));
        return days;
    }

    /** Whether a code belongs to the lists on a day: introduced by then, and not yet retired. */
    static boolean current(ComplaintCode c, LocalDate day, Map<Integer, LocalDate> lists) {
        return !lists.get(c.introducedIn()).isAfter(day) && (c.retiredIn() == null || lists.get(c.retiredIn()).isAfter(day));
    }

    public List<IntakeChannel> intakeChannels() {
        return em.createQuery("select c from IntakeChannel c order by c.sortOrder", IntakeChannel.class).getResultList();
    }

    public List<ServiceCategory> serviceCategories() {
        return em.createQuery("select c from ServiceCategory c order by c.sortOrder", ServiceCategory.class)
                .getResultList();
    }
}
