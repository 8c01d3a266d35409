package jp.spamcenter.complaint.internal.infrastructure;

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

/** Every hour, forgets events that every consumer has had for a week (the deliveries' own loops retry). */
@Singleton
public class OutboxSweep {

    /** The center's clock. */
    @Inject
    Clock clock;

    private static final Logger LOG = Logger.getLogger(OutboxSweep.class.getName());
    private static final Duration KEPT = Duration.ofDays(7);

    @Inject
    OutboxDelivery delivery;

    @Schedule(minute = "17", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void forget() {
        try {
            Instant before = clock.instant().minus(KEPT);
            int forgotten;
            do {
                forgotten = delivery.forgetDelivered(before, 10_000);
            } while (forgotten == 10_000);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "delivered events could not be forgotten; next hour retries", e);
        }
    }
}
