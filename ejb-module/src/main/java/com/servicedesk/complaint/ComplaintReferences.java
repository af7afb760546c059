package com.servicedesk.complaint;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * Hands out human references such as {@code TS-20261128-000123}: the day of receipt and a number
 * from a database sequence, so references are unique without a lock on any table.
 */
@Stateless
@PermitAll
public class ComplaintReferences {

    private static final String SEQUENCE = "complaint_reference_seq";

    @PersistenceContext
    private EntityManager em;

    private volatile String nextValueSql;

    public String next(Instant receivedAt) {
        Number number = (Number) em.createNativeQuery(nextValueSql()).getSingleResult();
        return ComplaintService.referenceFor(receivedAt, number.longValue());
    }

    /** The database's own syntax for drawing from a sequence (H2 and PostgreSQL differ). */
    private String nextValueSql() {
        String sql = nextValueSql;
        if (sql == null) {
            sql = em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class).getJdbcServices()
                    .getDialect().getSequenceSupport().getSequenceNextValString(SEQUENCE);
            nextValueSql = sql;
        }
        return sql;
    }
}
