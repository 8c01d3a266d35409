package jp.spamcenter.complaint.internal.application;

import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import jp.spamcenter.complaint.api.DataRetention;
import jp.spamcenter.complaint.internal.infrastructure.NamedLock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deletes what the retention periods say has expired, every night at 03:17 (center time) and on demand, on one
 * instance at a time (a named lock), a batch per transaction. Periods: {@code retention.contact-email-days}
 * (365), {@code retention.message-days} (1,095), {@code retention.access-log-days} (1,826).
 */
@Singleton
@Lock(LockType.READ) // the named lock keeps sweeps apart; reading the periods never waits for one
public class RetentionSweep implements DataRetention {

    private static final Logger LOG = Logger.getLogger(RetentionSweep.class.getName());
    private static final String LOCK = "spamcenter.retention";
    static final int BATCH = 1_000;

    /** The center's clock. */
    @Inject
    Clock clock;

    @Inject
    RetentionWork work;

    @Resource(lookup = "java:app/jdbc/spamcenter")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "retention.contact-email-days", defaultValue = "365")
    int contactEmailDays;

    @Inject
    @ConfigProperty(name = "retention.message-days", defaultValue = "1095")
    int messageDays;

    @Inject
    @ConfigProperty(name = "retention.access-log-days", defaultValue = "1826")
    int accessLogDays;

    @Override
    public Periods periods() {
        return new Periods(contactEmailDays, messageDays, accessLogDays);
    }

    @Schedule(hour = "3", minute = "17", timezone = "Asia/Tokyo", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void nightly() {
        try {
            Swept swept = sweep();
            LOG.info(() -> "retention: removed " + swept.contactEmails() + " contact e-mail(s), " + swept.messages()
                    + " message(s) and " + swept.accessLogRecords() + " access-log record(s)");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the retention sweep failed; the next night retries", e);
        }
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Swept sweep() {
        Optional<NamedLock> held = NamedLock.tryLock(dataSource, LOCK);
        if (held.isEmpty()) {
            return new Swept(0, 0, 0); // another instance is sweeping
        }
        try {
            return sweep(work, periods(), clock.instant());
        } finally {
            held.get().close();
        }
    }

    /** The sweep itself, batch after batch until each kind has nothing expired left. */
    static Swept sweep(RetentionWork work, Periods periods, Instant now) {
        Instant contacts = now.minus(Duration.ofDays(periods.contactEmailDays()));
        Instant messages = now.minus(Duration.ofDays(periods.messageDays()));
        Instant reads = now.minus(Duration.ofDays(periods.accessLogDays()));
        return new Swept(
                drain(() -> work.contactEmails(contacts, BATCH)),
                drain(() -> work.messages(messages, now, BATCH)),
                drain(() -> work.accessLog(reads, BATCH)));
    }

    private static int drain(IntSupplier batch) {
        int total = 0;
        int done;
        while ((done = batch.getAsInt()) > 0) {
            total += done;
        }
        return total;
    }
}
