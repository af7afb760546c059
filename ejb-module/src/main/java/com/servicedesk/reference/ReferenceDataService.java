package com.servicedesk.reference;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    /** The tree of one dimension, roots first, children in the standard's order. */
    public List<CodeNode> complaintCodeTree(Dimension dimension) {
        List<ComplaintCode> codes = em.createQuery("select c from ComplaintCode c where c.dimension = :d"
                        + " order by c.level, c.sortOrder", ComplaintCode.class)
                .setParameter("d", dimension.name())
                .getResultList();
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

    public List<IntakeChannel> intakeChannels() {
        return em.createQuery("select c from IntakeChannel c order by c.sortOrder", IntakeChannel.class).getResultList();
    }

    public List<ServiceCategory> serviceCategories() {
        return em.createQuery("select c from ServiceCategory c order by c.sortOrder", ServiceCategory.class)
                .getResultList();
    }
}
