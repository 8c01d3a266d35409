package jp.spamcenter.complaint.internal.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every hour, forgets the guessing guards untouched for a day: they hold nothing a lockout still needs. */
@Singleton
public class ReceiptGuardSweep {

    /** The center's clock. */
    @Inject
    Clock clock;

    private static final Logger LOG = Logger.getLogger(ReceiptGuardSweep.class.getName());
    private static final Duration KEPT = Duration.ofDays(1);
    private static final int BATCH = 10_000;

    @Inject
    ReceiptFollowUp followUp;

    @Schedule(minute = "23", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void forget() {
        try {
            Instant before = clock.instant().minus(KEPT);
            while (followUp.forgetGuards(before, BATCH) == BATCH) {
                // one transaction per batch, so that a long backlog holds no long lock
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "old receipt guards could not be forgotten; next hour retries", e);
        }
    }
}
