package jp.spamcenter.complaint.internal.infrastructure;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every few seconds, delivers what was not delivered right after commit (a restart, a failed observer). */
@Singleton
public class OutboxSweep {

    private static final Logger LOG = Logger.getLogger(OutboxSweep.class.getName());

    @Inject
    OutboxRelay relay;

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
    void sweep() {
        try {
            int delivered = relay.drain();
            if (delivered > 0) {
                LOG.fine(() -> "outbox sweep delivered " + delivered);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "outbox sweep failed; next sweep retries", e);
        }
    }
}
