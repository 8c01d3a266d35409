package jp.spamcenter.complaint.internal.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jp.spamcenter.complaint.api.AnalysisQueue;
import jp.spamcenter.complaint.api.Intake;
import jp.spamcenter.complaint.internal.infrastructure.OutboxDelivery;
import jp.spamcenter.complaint.internal.infrastructure.OutboxStore;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The complaint module's MicroProfile Metrics (Prometheus at {@code /metrics}): reports accepted and analysed per
 * way in (counted when their transaction commits, so a refused batch counts nothing), the time one analysis
 * takes, the analysis queue's depth and oldest wait, and each event consumer's backlog and lag. The gauges read
 * the database at most every five seconds, whatever the scrape interval.
 */
@ApplicationScoped
public class PipelineMetrics {

    private static final Duration FRESH = Duration.ofSeconds(5);

    @Inject
    MetricRegistry registry;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    AnalysisQueue queue;

    @Inject
    OutboxDelivery outbox;

    @Inject
    Clock clock;

    private volatile Snapshot snapshot;

    private final Map<String, Boolean> consumersRegistered = new ConcurrentHashMap<>();

    private final Map<Intake, org.eclipse.microprofile.metrics.Counter> accepted = new EnumMap<>(Intake.class);
    private final Map<Intake, org.eclipse.microprofile.metrics.Counter> analysed = new EnumMap<>(Intake.class);

    /** What the gauges show, read together. */
    private record Snapshot(Instant at, AnalysisQueue.QueueState queue, List<OutboxStore.Backlog> backlogs) {}

    @PostConstruct
    void register() {
        for (Intake intake : Intake.values()) {
            Tag way = new Tag("intake", intake.name());
            accepted.put(intake, registry.counter("reports_accepted", way));
            analysed.put(intake, registry.counter("reports_analysed", way));
        }
        outbox.consumers().keySet().forEach(this::registerConsumer);
        registry.gauge("analysis_queue_depth", this, m -> m.snapshot().queue().pending());
        registry.gauge("analysis_quarantined", this, m -> m.snapshot().queue().quarantined());
        registry.gauge("analysis_oldest_wait_seconds", this, m -> {
            Snapshot s = m.snapshot();
            return lag(s.queue().oldestPendingSince(), s.at());
        });
    }

    /** Registers the gauges when the application starts, before the first report. */
    void start(
            @jakarta.enterprise.event.Observes @jakarta.enterprise.context.Initialized(ApplicationScoped.class)
                    Object applicationStarted) {
        // observing makes the container create the bean, and @PostConstruct registers the metrics
    }

    /** Counts reports accepted by a way in, once the transaction that stores them commits. */
    void accepted(Intake intake, int reports) {
        afterCommit(accepted.get(intake), reports);
    }

    /** Counts a report analysed, once the transaction that stores its analysis commits. */
    void analysed(Intake intake) {
        afterCommit(analysed.get(intake), 1);
    }

    /** How long one analysis took. */
    void analysisTook(Duration duration) {
        registry.timer("analysis_time").update(duration);
    }

    private void afterCommit(org.eclipse.microprofile.metrics.Counter counter, int count) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    counter.inc(count);
                }
            }
        });
    }

    private Snapshot snapshot() {
        Snapshot s = snapshot;
        Instant now = clock.instant();
        if (s == null || s.at().plus(FRESH).isBefore(now)) {
            s = new Snapshot(now, queue.state(), outbox.backlogs());
            snapshot = s;
            outbox.consumers().keySet().forEach(this::registerConsumer);
        }
        return s;
    }

    /** A consumer's gauges; zero while it has no backlog. */
    private void registerConsumer(String consumer) {
        if (consumersRegistered.putIfAbsent(consumer, Boolean.TRUE) != null) {
            return;
        }
        Tag tag = new Tag("consumer", consumer);
        registry.gauge(
                "outbox_pending", this, m -> backlogOf(m.snapshot(), consumer).pending(), tag);
        registry.gauge(
                "outbox_oldest_wait_seconds",
                this,
                m -> {
                    Snapshot s = m.snapshot();
                    return lag(backlogOf(s, consumer).oldest(), s.at());
                },
                tag);
    }

    private static OutboxStore.Backlog backlogOf(Snapshot s, String consumer) {
        return s.backlogs().stream()
                .filter(b -> b.consumer().equals(consumer))
                .findFirst()
                .orElse(new OutboxStore.Backlog(consumer, 0, 0, null, null));
    }

    private static long lag(Instant since, Instant now) {
        return since == null ? 0 : Math.max(0, Duration.between(since, now).toSeconds());
    }
}
