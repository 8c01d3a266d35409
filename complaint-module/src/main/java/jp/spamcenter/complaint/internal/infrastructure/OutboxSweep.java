package jp.spamcenter.complaint.internal.infrastructure;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every few seconds, delivers what was not delivered right after commit (a restart, a failing consumer); every
 * hour, forgets events that every consumer has had for a week.
 */
@Singleton
public class OutboxSweep {

    private static final Logger LOG = Logger.getLogger(OutboxSweep.class.getName());
    private static final Duration KEPT = Duration.ofDays(7);

    @Inject
    OutboxRelay relay;

    @Inject
    OutboxDelivery delivery;

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sweep() {
        try {
            int delivered = relay.drainAll();
            if (delivered > 0) {
                LOG.fine(() -> "outbox sweep delivered " + delivered);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "outbox sweep failed; next sweep retries", e);
        }
    }

    @Schedule(minute = "17", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void forget() {
        try {
            Instant before = Instant.now().minus(KEPT);
            int forgotten;
            do {
                forgotten = delivery.forgetDelivered(before, 10_000);
            } while (forgotten == 10_000);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "delivered events could not be forgotten; next hour retries", e);
        }
    }
}
