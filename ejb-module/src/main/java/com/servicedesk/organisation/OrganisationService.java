package com.servicedesk.organisation;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Reads the organisation; every signed-in user may see the list of branches and regions. */
@Stateless
@PermitAll
public class OrganisationService {

    @PersistenceContext
    private EntityManager em;

    public List<Branch> branches() {
        return em.createQuery("select b from Branch b order by b.code", Branch.class).getResultList();
    }

    public List<Region> regions() {
        return em.createQuery("select r from Region r order by r.code", Region.class).getResultList();
    }

    public Optional<Branch> findBranch(String code) {
        return Optional.ofNullable(code).map(c -> em.find(Branch.class, c));
    }

    public List<String> branchCodesOfRegion(String regionCode) {
        return em.createQuery("select b.code from Branch b where b.regionCode = :r order by b.code", String.class)
                .setParameter("r", regionCode)
                .getResultList();
    }
}
