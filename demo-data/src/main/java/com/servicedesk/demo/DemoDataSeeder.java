package com.servicedesk.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;

/**
 * Builds the demo data set at start-up. This module is deployed only in servicedesk-demo.ear (the
 * README's run command, the integration tests, the bench), never in the product. Parts already
 * present are skipped.
 */
@Singleton
@Startup
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoDataSeeder {

    private static final Logger LOG = Logger.getLogger(DemoDataSeeder.class.getName());

    @Inject
    Instance<DemoDataContributor> contributors;

    @EJB
    DemoDataWriter writer;

    @PostConstruct
    void seed() {
        List<DemoDataContributor> ordered = contributors.stream()
                .sorted(Comparator.comparingInt(DemoDataContributor::order))
                .toList();
        for (DemoDataContributor contributor : ordered) {
            long started = System.nanoTime();
            int records = writer.seedOnce(contributor);
            if (records >= 0) {
                LOG.info(() -> String.format("Demo data: %s, %d records in %d ms", contributor.name(), records,
                        (System.nanoTime() - started) / 1_000_000));
            }
        }
    }
}
