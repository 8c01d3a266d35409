package jp.spamcenter.complaint.internal.infrastructure;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Drains the outbox, each consumer on its own thread ({@link DrainLoop}): right after a publishing transaction
 * commits, and every few seconds for whatever a crash, another instance or a failing consumer left behind. One
 * drain per consumer runs on an instance; a slow or failing consumer holds back no other.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());
    static final int BATCH = 200;
    /** How often a consumer's drain looks without being woken. */
    private static final Duration IDLE = Duration.ofSeconds(5);

    @Inject
    OutboxDelivery delivery;

    @Resource
    ManagedThreadFactory threads;

    /** Fired in the publishing transaction; observed only once it has committed. */
    public record Appended() {}

    private final Map<String, DrainLoop> drains = new ConcurrentHashMap<>();

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        for (String consumer : delivery.consumers().keySet()) {
            var drain = new DrainLoop("outbox-" + consumer, () -> drain(consumer), IDLE);
            drains.put(consumer, drain);
            drain.start(threads);
        }
    }

    @PreDestroy
    void stop() {
        drains.values().forEach(DrainLoop::stop);
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Appended appended) {
        drains.values().forEach(DrainLoop::wake);
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
