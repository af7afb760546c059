package com.servicedesk.web.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.ResourceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ProblemMappersTest {

    @Test
    void aDatabaseOutOfReachIsAServiceUnavailableThatMayBeRetried() {
        // what WildFly and the driver raise when PostgreSQL is stopped: the pool cannot connect ...
        SQLException pool = new SQLException("IJ031041: unable to get a connection",
                new ResourceException("IJ000453: Unable to get managed connection"));
        assertTrue(ProblemMappers.databaseUnavailable(new EJBTransactionRolledbackException("rolled back",
                new PersistenceException("Unable to acquire JDBC Connection", pool))));
        // ... a live connection is cut (57P01 administrator command, 08006 connection failure)
        assertTrue(ProblemMappers.databaseUnavailable(new EJBException(new PersistenceException(
                new SQLException("terminating connection due to administrator command", "57P01")))));
        assertTrue(ProblemMappers.databaseUnavailable(new SQLException("connection refused", "08001")));
        // ... or a commit fails, the driver's error riding along as a suppressed exception
        Exception commit = new IllegalStateException("ARJUNA016053: Could not commit transaction.");
        commit.addSuppressed(new IllegalStateException("IJ001156", new SQLException("terminating connection", "57P01")));
        assertTrue(ProblemMappers.databaseUnavailable(new EJBTransactionRolledbackException("rolled back", commit)));
    }

    @Test
    void otherDatabaseErrorsAreNotMistakenForAnOutage() {
        assertFalse(ProblemMappers.databaseUnavailable(new EJBException(new PersistenceException(
                new SQLException("duplicate key value violates unique constraint", "23505")))));
        assertFalse(ProblemMappers.databaseUnavailable(new IllegalStateException("a bug")));
        assertFalse(ProblemMappers.databaseUnavailable(new SQLException("no state")));
    }
}
