package com.servicedesk.organisation;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;

/**
 * Reads the organisation; every signed-in user may see the list of branches and regions. Every page
 * and scope check reads them and an administrator changes them seldom: the queries are answered from
 * Hibernate's query cache, which a change to either table invalidates.
 */
@Stateless
@PermitAll
public class OrganisationService {

    @PersistenceContext
    private EntityManager em;

    public List<Branch> branches() {
        return em.createQuery("select b from Branch b order by b.code", Branch.class)
                .setHint(HibernateHints.HINT_CACHEABLE, true)
                .getResultList();
    }

    /** The branches that take new work (the pickers' list). */
    public List<Branch> openBranches() {
        return branches().stream().filter(Branch::isOpen).toList();
    }

    public List<Region> regions() {
        return em.createQuery("select r from Region r order by r.code", Region.class)
                .setHint(HibernateHints.HINT_CACHEABLE, true)
                .getResultList();
    }

    public Optional<Branch> findBranch(String code) {
        return Optional.ofNullable(code).map(c -> em.find(Branch.class, c));
    }

    /** A branch that takes new work: empty for an unknown code and for a closed branch. */
    public Optional<Branch> findOpenBranch(String code) {
        return findBranch(code).filter(Branch::isOpen);
    }

    public List<String> branchCodesOfRegion(String regionCode) {
        return em.createQuery("select b.code from Branch b where b.regionCode = :r order by b.code", String.class)
                .setParameter("r", regionCode)
                .setHint(HibernateHints.HINT_CACHEABLE, true)
                .getResultList();
    }
}
