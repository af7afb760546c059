package com.servicedesk.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
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
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor(dataSource))
                .failOnMissingLocations(true)
                .load()
                .migrate();
        LOG.info(() -> result.migrationsExecuted == 0 ? "Database schema up to date"
                : "Database schema migrated to version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied)");
    }

    /** The folder of the database's own migrations: postgresql or h2, the two Service Desk runs on. */
    private static String vendor(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            return switch (product.toLowerCase(Locale.ROOT)) {
                case "postgresql" -> "postgresql";
                case "h2" -> "h2";
                default -> throw new IllegalStateException("Service Desk runs on PostgreSQL or H2, not on " + product);
            };
        } catch (SQLException e) {
            throw new IllegalStateException("the database did not say what it is", e);
        }
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry registry) {
        // nothing to undo: the schema outlives the session factory
    }
}
