package com.servicedesk.platform;

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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Builds the demo data set at start-up, only in demo mode ({@code servicedesk.demo=true}, which the
 * README's run command sets) and never otherwise. Parts already present are skipped.
 */
@Singleton
@Startup
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoDataSeeder {

    private static final Logger LOG = Logger.getLogger(DemoDataSeeder.class.getName());

    @Inject
    @ConfigProperty(name = "servicedesk.demo", defaultValue = "false")
    boolean demo;

    @Inject
    Instance<DemoDataContributor> contributors;

    @EJB
    DemoDataWriter writer;

    @PostConstruct
    void seed() {
        if (!demo) {
            return;
        }
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
