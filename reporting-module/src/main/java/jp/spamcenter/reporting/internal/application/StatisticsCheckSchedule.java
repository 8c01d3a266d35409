package jp.spamcenter.reporting.internal.application;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import jp.spamcenter.reporting.internal.infrastructure.NamedLock;

/**
 * Runs the statistics checks: asks for one every night, and every ten seconds runs one that waits, on the one
 * instance that holds the database's named lock for it (an instance that stops mid-check releases the lock with
 * its connection, and another starts the check again).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class StatisticsCheckSchedule {

    private static final Logger LOG = Logger.getLogger(StatisticsCheckSchedule.class.getName());
    private static final String LOCK = "spamcenter.statistics-check";

    @Inject
    StatisticsChecking checking;

    @Resource(lookup = "java:app/jdbc/spamcenter")
    DataSource dataSource;

    private final AtomicBoolean running = new AtomicBoolean();

    /** Every night, when few people file: a check of everything counted so far. */
    @Schedule(hour = "3", minute = "40", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void nightly() {
        checking.request("schedule");
    }

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void runWaiting() {
        if (!running.compareAndSet(false, true)) {
            return; // this instance is running one
        }
        try {
            Optional<NamedLock> lock = NamedLock.tryLock(dataSource, LOCK);
            if (lock.isEmpty()) {
                return; // another instance is running one
            }
            try (NamedLock held = lock.get()) {
                checking.runWaiting();
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "the statistics check failed; it is tried again", e);
        } finally {
            running.set(false);
        }
    }
}
