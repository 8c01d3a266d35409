package jp.spamcenter.web.partners;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Forgets the answers to idempotent requests once partners can no longer retry them
 * ({@code api.idempotency-days}, 7): every five minutes, one slice in the timer's transaction, so the table holds
 * only the retry window. Every instance may run it; a row deleted twice is simply gone.
 */
@Singleton
public class IdempotencyExpiry {

    /** The center's clock. */
    @Inject
    Clock clock;

    private static final Logger LOG = Logger.getLogger(IdempotencyExpiry.class.getName());
    /** Rows per run: up to 120,000 an hour. */
    static final int SLICE = 10_000;

    @PersistenceContext(unitName = "web")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "api.idempotency-days", defaultValue = "7")
    int days;

    @Schedule(minute = "*/5", hour = "*", persistent = false)
    void expire() {
        try {
            int forgotten = em.createNativeQuery("DELETE FROM web_idempotency WHERE created_at < ? LIMIT " + SLICE)
                    .setParameter(
                            1,
                            Timestamp.valueOf(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)
                                    .minusDays(days)))
                    .executeUpdate();
            if (forgotten > 0) {
                LOG.fine(() -> forgotten + " remembered api answer(s) older than " + days + " days forgotten");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "remembered api answers not expired; the next run tries again", e);
        }
    }
}
