package fr.bobine.platform.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.Test;

class UniqueViolationTest {

    @Test
    void aUniqueViolationIsFoundUnderTheWrappersOfTheTransactionAndTheInterceptor() {
        SQLException duplicate = new SQLException("duplicate key value violates unique constraint", "23505");
        RuntimeException atCommit = new RuntimeException("Error invoking subclass method",
                new IllegalStateException("commit failed", new PersistenceException("could not execute", duplicate)));
        assertTrue(ProblemMappers.isUniqueViolation(atCommit));
    }

    @Test
    void otherDatabaseErrorsAndPlainFailuresAreNotConflicts() {
        assertFalse(ProblemMappers.isUniqueViolation(new PersistenceException(new SQLException("deadlock", "40P01"))));
        assertFalse(ProblemMappers.isUniqueViolation(new SQLException("no state")));
        assertFalse(ProblemMappers.isUniqueViolation(new IllegalStateException("boom")));
    }
}
