package com.servicedesk.demo;

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
        Number existing = (Number) em.createNativeQuery("select count(*) from demo_seed where name = ?1")
                .setParameter(1, contributor.name())
                .getSingleResult();
        if (existing.longValue() > 0) {
            return -1;
        }
        int records = contributor.seed(new DemoRandom(contributor.name()));
        em.createNativeQuery("insert into demo_seed (name, records, seeded_at) values (?1, ?2, ?3)")
                .setParameter(1, contributor.name()).setParameter(2, records).setParameter(3, time.now())
                .executeUpdate();
        return records;
    }
}
