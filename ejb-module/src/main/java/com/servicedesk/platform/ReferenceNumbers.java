package com.servicedesk.platform;

import com.servicedesk.shared.TimeSource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * Human references such as {@code TS-20261128-000123}: a prefix, the bank's day of the event and a
 * number drawn from a database sequence, so references are unique without locking any table.
 */
@Stateless
@PermitAll
public class ReferenceNumbers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(TimeSource.BANK_ZONE);
    private static final Map<String, String> NEXT_VALUE_SQL = new ConcurrentHashMap<>();

    @PersistenceContext
    private EntityManager em;

    public String next(String prefix, String sequence, Instant at) {
        String sql = NEXT_VALUE_SQL.computeIfAbsent(sequence, s -> em.getEntityManagerFactory()
                .unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect().getSequenceSupport()
                .getSequenceNextValString(s));
        long number = ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
        return format(prefix, at, number);
    }

    static String format(String prefix, Instant at, long number) {
        String digits = Long.toString(number % 1_000_000);
        return prefix + "-" + DAY.format(at) + "-" + "0".repeat(6 - digits.length()) + digits;
    }
}
