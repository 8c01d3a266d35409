package jp.spamcenter.advice.internal.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.spamcenter.advice.api.AdviceFiguresConsumer;
import jp.spamcenter.advice.api.CaseFigures;
import jp.spamcenter.advice.api.ReferralFigures;
import jp.spamcenter.advice.internal.infrastructure.FiguresPending;
import jp.spamcenter.advice.internal.infrastructure.FiguresPending.Kind;
import jp.spamcenter.advice.internal.infrastructure.FiguresReading;

/**
 * Hands the cases' and referrals' figures to the other modules' {@link AdviceFiguresConsumer}s after the
 * advisor's transaction commits: a change (the {@link CaseFigures} or {@link ReferralFigures} fired in that
 * transaction) leaves a pending delivery per consumer there; right after the commit, and every ten seconds for
 * what a restart left, each consumer gets the figures as they stand, in batches of their own transactions, on a
 * thread of the module's own. A consumer's
 * failure is retried with growing pauses and never touches the advisor's work.
 */
@ApplicationScoped
public class FiguresDelivery {

    /** The center's clock. */
    @Inject
    Clock clock;

    private static final Logger LOG = Logger.getLogger(FiguresDelivery.class.getName());
    static final int BATCH = 200;

    @PersistenceContext(unitName = "advice")
    EntityManager em;

    @Inject
    @Any
    Instance<AdviceFiguresConsumer> found;

    @Inject
    FiguresReading reading;

    @Inject
    FiguresDelivery self;

    @Resource
    ManagedThreadFactory threads;

    private static final Duration SWEEP = Duration.ofSeconds(10);

    private final Semaphore changed = new Semaphore(0);
    private volatile boolean stopped;
    private Thread delivering;
    private volatile Map<String, AdviceFiguresConsumer> consumers;

    /** Fired with the figures in the advisor's transaction: the change is kept for every consumer. */
    void caseChanged(@Observes CaseFigures figures) {
        changed(Kind.CASE, figures.caseId());
    }

    void referralChanged(@Observes ReferralFigures figures) {
        changed(Kind.REFERRAL, figures.referralId());
    }

    private void changed(Kind kind, long id) {
        pending().changed(kind, id, consumers().keySet(), clock.instant());
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) CaseFigures figures) {
        changed.release();
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReferralFigures figures) {
        changed.release();
    }

    /**
     * Starts the delivering thread at deployment: it delivers when a commit signals a change (a request hands no
     * task to an executor, which would carry the request's invocation) and every {@link #SWEEP} in any case, for
     * what a restart, another instance or a failure left.
     */
    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        delivering = threads.newThread(() -> {
            while (!stopped) {
                try {
                    changed.tryAcquire(SWEEP.toMillis(), TimeUnit.MILLISECONDS);
                    changed.drainPermits();
                    drainAll();
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "figures not delivered; tried again in " + SWEEP.toSeconds() + " s", e);
                }
            }
        });
        delivering.setName("spamcenter-advice-figures");
        delivering.setDaemon(true);
        delivering.start();
    }

    @PreDestroy
    void stop() {
        stopped = true;
        if (delivering != null) {
            delivering.interrupt();
        }
    }

    /** Every consumer by name. */
    Map<String, AdviceFiguresConsumer> consumers() {
        if (consumers == null) {
            var byName = new HashMap<String, AdviceFiguresConsumer>();
            for (AdviceFiguresConsumer consumer : found) {
                if (byName.put(consumer.name(), consumer) != null) {
                    throw new IllegalStateException("two consumers of advice figures are named " + consumer.name());
                }
            }
            consumers = Map.copyOf(byName);
        }
        return consumers;
    }

    /** Delivers every due change to every consumer; how many deliveries were made. */
    public int drainAll() {
        int delivered = 0;
        for (String consumer : consumers().keySet()) {
            for (Kind kind : Kind.values()) {
                delivered += drain(consumer, kind);
            }
        }
        return delivered;
    }

    private int drain(String consumer, Kind kind) {
        int delivered = 0;
        while (true) {
            int batch;
            try {
                batch = self.deliverDue(consumer, kind);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "a batch of figures for " + consumer + " failed; delivering one by one", e);
                int alone = oneByOne(consumer, kind);
                delivered += alone;
                if (alone == 0) {
                    return delivered;
                }
                continue;
            }
            delivered += batch;
            if (batch < BATCH) {
                return delivered;
            }
        }
    }

    private int oneByOne(String consumer, Kind kind) {
        int delivered = 0;
        for (long id : self.due(consumer, kind)) {
            try {
                if (self.deliverOne(consumer, kind, id)) {
                    delivered++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, kind + " " + id + "'s figures not delivered to " + consumer + "; will retry", e);
                self.recordFailure(consumer, kind, id, rootMessage(e));
            }
        }
        return delivered;
    }

    @Transactional(TxType.REQUIRES_NEW)
    public int deliverDue(String consumer, Kind kind) {
        var pending = pending();
        List<Long> ids = pending.claim(consumer, kind, clock.instant(), BATCH);
        hand(consumer, kind, ids);
        pending.delivered(consumer, kind, ids);
        return ids.size();
    }

    @Transactional(TxType.REQUIRES_NEW)
    public boolean deliverOne(String consumer, Kind kind, long id) {
        var pending = pending();
        if (!pending.claimOne(consumer, kind, id)) {
            return false;
        }
        hand(consumer, kind, List.of(id));
        pending.delivered(consumer, kind, List.of(id));
        return true;
    }

    @Transactional(TxType.REQUIRES_NEW)
    public List<Long> due(String consumer, Kind kind) {
        return pending().due(consumer, kind, clock.instant(), BATCH);
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void recordFailure(String consumer, Kind kind, long id, String error) {
        pending().failed(consumer, kind, id, error, clock.instant());
    }

    /** The figures as they stand now, to the consumer. */
    private void hand(String consumer, Kind kind, List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        switch (kind) {
            case CASE -> consumers().get(consumer).cases(reading.cases(ids));
            case REFERRAL -> consumers().get(consumer).referrals(reading.referrals(ids));
        }
    }

    private FiguresPending pending() {
        return new FiguresPending(em);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getName() + ": " + root.getMessage();
    }
}
