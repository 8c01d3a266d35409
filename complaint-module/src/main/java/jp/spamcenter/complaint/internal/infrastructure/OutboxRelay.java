package jp.spamcenter.complaint.internal.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Drains the outbox: right after a publishing transaction commits, and on a schedule (see {@link OutboxSweep})
 * for whatever a crash or a failed observer left behind.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());
    private static final int BATCH = 100;

    @Inject
    OutboxDelivery delivery;

    @Resource
    ManagedExecutorService executor;

    /** Fired in the publishing transaction; observed only once it has committed. */
    public record Appended() {}

    /** Whether a drain runs on this instance; a commit during it sets {@link #more} and it looks once more. */
    private final AtomicBoolean running = new AtomicBoolean();

    private final AtomicBoolean more = new AtomicBoolean();

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Appended appended) {
        more.set(true);
        if (!running.compareAndSet(false, true)) {
            return; // the running drain will see it
        }
        try {
            executor.execute(() -> {
                try {
                    do {
                        more.set(false);
                        drain();
                    } while (more.get());
                } finally {
                    running.set(false);
                }
            });
        } catch (RejectedExecutionException e) {
            running.set(false);
            LOG.log(Level.FINE, "executor busy; the scheduled sweep will deliver", e);
        }
    }

    /** Delivers every due message; returns how many were delivered by this call. */
    public int drain() {
        int delivered = 0;
        while (true) {
            int batch;
            try {
                batch = delivery.deliverDue(BATCH);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "an outbox batch failed; delivering one by one", e);
                delivered += oneByOne();
                continue;
            }
            delivered += batch;
            if (batch < BATCH) {
                return delivered;
            }
        }
    }

    /** One message per transaction: the one whose observer fails is held back, the others go. */
    private int oneByOne() {
        int delivered = 0;
        for (long id : delivery.dueIds(BATCH)) {
            try {
                if (delivery.deliver(id)) {
                    delivered++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "outbox message " + id + " not delivered; will retry", e);
                delivery.recordFailure(id, rootMessage(e));
            }
        }
        return delivered;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getName() + ": " + root.getMessage();
    }
}
