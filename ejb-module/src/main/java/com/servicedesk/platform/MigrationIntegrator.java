package com.servicedesk.platform;

import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Runs the Flyway migrations while Hibernate builds the persistence unit, before it validates the
 * schema: at deployment the schema is brought up to date first, then checked against the
 * entities. A failed migration fails the deployment. The migrations are common SQL
 * ({@code db/migration}) but for the few a database does its own way, which take their version
 * from the same sequence in {@code db/vendor/postgresql} and {@code db/vendor/h2}.
 */
public class MigrationIntegrator implements Integrator {

    private static final Logger LOG = Logger.getLogger(MigrationIntegrator.class.getName());

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
                          SessionFactoryImplementor sessionFactory) {
        DataSource dataSource = sessionFactory.getServiceRegistry()
                .requireService(ConnectionProvider.class)
                .unwrap(DataSource.class);
        MigrateResult result = Flyway.configure(MigrationIntegrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor(metadata.getDatabase().getDialect()))
                .failOnMissingLocations(true)
                .load()
                .migrate();
        LOG.info(() -> result.migrationsExecuted == 0 ? "Database schema up to date"
                : "Database schema migrated to version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied)");
    }

    /** The folder of the database's own migrations, from the dialect Hibernate chose: postgresql or h2. */
    private static String vendor(Dialect dialect) {
        if (dialect instanceof PostgreSQLDialect) {
            return "postgresql";
        }
        if (dialect instanceof H2Dialect) {
            return "h2";
        }
        throw new IllegalStateException("Service Desk runs on PostgreSQL or H2, not on " + dialect);
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry registry) {
        // nothing to undo: the schema outlives the session factory
    }
}
