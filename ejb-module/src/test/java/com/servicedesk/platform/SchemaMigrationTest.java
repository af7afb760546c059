package com.servicedesk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.Entity;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.junit.jupiter.api.Test;

/**
 * The migrations build a schema that every entity validates against, as at deployment: Hibernate
 * boots on a fresh H2 database, the migration integrator runs Flyway first, then Hibernate checks
 * every mapped table and column. A mismatch fails here in seconds rather than at deployment.
 */
public class SchemaMigrationTest {

    @Test
    void migrationsProduceTheSchemaTheEntitiesExpect() throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:schema-test;DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting("hibernate.connection.datasource", dataSource)
                .applySetting("hibernate.hbm2ddl.auto", "validate")
                .applySetting("hibernate.jdbc.time_zone", "UTC")
                .build();
        MetadataSources sources = new MetadataSources(registry);
        List<Class<?>> entities = entityClasses();
        entities.forEach(sources::addAnnotatedClass);
        assertTrue(entities.size() >= 10, "entities found: " + entities);

        try (SessionFactory factory = sources.buildMetadata().buildSessionFactory()) {
            assertFalse(factory.isClosed());
        }
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.createStatement().executeQuery(
                     "select count(*) from \"flyway_schema_history\" where \"success\" = false")) {
            rs.next();
            assertEquals(0, rs.getInt(1), "no failed migration");
        }
        assertEquals(5, count(dataSource, "select count(*) from branch"));
        assertTrue(count(dataSource, "select count(*) from complaint_code where dimension = 'C' and level_no = 1") == 13);
        assertEquals(2, count(dataSource, "select count(*) from holiday_calendar_year"));
    }

    private static long count(JdbcDataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Every class under com.servicedesk annotated @Entity, found in the compiled main classes. */
    public static List<Class<?>> entityClasses() throws IOException, URISyntaxException {
        Path classes = Path.of(MigrationIntegrator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(p -> p.toString().endsWith(".class") && !p.getFileName().toString().contains("$"))
                    .map(p -> classes.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(SchemaMigrationTest::load)
                    .filter(c -> c.isAnnotationPresent(Entity.class))
                    .sorted(java.util.Comparator.comparing(Class::getName))
                    .<Class<?>>map(c -> c)
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, SchemaMigrationTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
