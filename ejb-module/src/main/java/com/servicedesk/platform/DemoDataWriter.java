package com.servicedesk.platform;

import com.servicedesk.shared.TimeSource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Runs one demo-data contributor in its own transaction and records that its part exists. */
@Stateless
@PermitAll
public class DemoDataWriter {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TimeSource time;

    /** Returns the records made, or -1 when the part already existed. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int seedOnce(DemoDataContributor contributor) {
        Long existing = em.createQuery("select count(d) from DemoSeed d where d.name = :n", Long.class)
                .setParameter("n", contributor.name())
                .getSingleResult();
        if (existing > 0) {
            return -1;
        }
        int records = contributor.seed(new DemoRandom(contributor.name()));
        em.persist(new DemoSeed(contributor.name(), records, time.now()));
        return records;
    }
}
