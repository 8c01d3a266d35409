package jp.spamcenter.complaint.internal.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import jp.spamcenter.complaint.api.Intake;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The complaint module's MicroProfile Metrics (Prometheus at {@code /metrics}): reports accepted and analysed per
 * way in (counted when their transaction commits, so a refused batch counts nothing), the time one analysis
 * takes, the analysis queue's depth and oldest wait, and each event consumer's backlog and lag (from
 * {@link PendingWork}, read at most every five seconds).
 */
@ApplicationScoped
public class PipelineMetrics {

    @Inject
    MetricRegistry registry;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    PendingWork pending;

    private final Map<Intake, org.eclipse.microprofile.metrics.Counter> accepted = new EnumMap<>(Intake.class);
    private final Map<Intake, org.eclipse.microprofile.metrics.Counter> analysed = new EnumMap<>(Intake.class);

    @PostConstruct
    void register() {
        for (Intake intake : Intake.values()) {
            Tag way = new Tag("intake", intake.name());
            accepted.put(intake, registry.counter("reports_accepted", way));
            analysed.put(intake, registry.counter("reports_analysed", way));
        }
        registry.gauge("analysis_queue_depth", pending, p -> p.now().queue().pending());
        registry.gauge("analysis_quarantined", pending, p -> p.now().queue().quarantined());
        registry.gauge("analysis_oldest_wait_seconds", pending, p -> p.now().analysisLagSeconds());
        for (String consumer : pending.consumers()) {
            Tag tag = new Tag("consumer", consumer);
            registry.gauge(
                    "outbox_pending", pending, p -> p.now().backlog(consumer).pending(), tag);
            registry.gauge("outbox_oldest_wait_seconds", pending, p -> p.now().lagSeconds(consumer), tag);
        }
    }

    /** Registers the metrics when the application starts, before the first report. */
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
}
