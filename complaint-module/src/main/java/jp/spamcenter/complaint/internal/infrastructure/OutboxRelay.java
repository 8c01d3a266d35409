package jp.spamcenter.complaint.internal.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Drains the outbox, each consumer on its own: right after a publishing transaction commits, and on a schedule
 * (see {@link OutboxSweep}) for whatever a crash or a failing consumer left behind. One drain per consumer runs
 * on an instance at a time; a slow or failing consumer holds back no other.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());
    static final int BATCH = 200;

    @Inject
    OutboxDelivery delivery;

    @Resource
    ManagedExecutorService executor;

    /** Fired in the publishing transaction; observed only once it has committed. */
    public record Appended() {}

    /** Per consumer: whether a drain runs on this instance, and whether a commit came during it. */
    private record Drain(AtomicBoolean running, AtomicBoolean more) {}

    private final Map<String, Drain> drains = new ConcurrentHashMap<>();

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Appended appended) {
        for (String consumer : delivery.consumers().keySet()) {
            wake(consumer);
        }
    }

    private void wake(String consumer) {
        Drain drain = drains.computeIfAbsent(consumer, c -> new Drain(new AtomicBoolean(), new AtomicBoolean()));
        drain.more().set(true);
        if (!drain.running().compareAndSet(false, true)) {
            return; // the running drain will see it
        }
        try {
            executor.execute(() -> {
                try {
                    do {
                        drain.more().set(false);
                        drain(consumer);
                    } while (drain.more().get());
                } finally {
                    drain.running().set(false);
                }
            });
        } catch (RejectedExecutionException e) {
            drain.running().set(false);
            LOG.log(Level.FINE, "executor busy; the scheduled sweep will deliver", e);
        }
    }

    /** Delivers every due event to every consumer; how many deliveries this call made. */
    public int drainAll() {
        int delivered = 0;
        for (String consumer : delivery.consumers().keySet()) {
            delivered += drain(consumer);
        }
        return delivered;
    }

    /** Delivers the consumer's due events; how many this call delivered. */
    public int drain(String consumer) {
        int delivered = 0;
        while (true) {
            int batch;
            try {
                batch = delivery.deliverDue(consumer, BATCH);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "a batch for " + consumer + " failed; delivering one by one", e);
                int alone = oneByOne(consumer);
                delivered += alone;
                if (alone == 0) {
                    return delivered; // every due event failed again: their pauses now apply
                }
                continue;
            }
            delivered += batch;
            if (batch < BATCH) {
                return delivered;
            }
        }
    }

    /** One event per transaction: the one whose consumer fails is held back, the others go. */
    private int oneByOne(String consumer) {
        int delivered = 0;
        for (long id : delivery.dueIds(consumer, BATCH)) {
            try {
                if (delivery.deliverOne(consumer, id)) {
                    delivered++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "event " + id + " not delivered to " + consumer + "; will retry", e);
                delivery.recordFailure(consumer, id, rootMessage(e));
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
