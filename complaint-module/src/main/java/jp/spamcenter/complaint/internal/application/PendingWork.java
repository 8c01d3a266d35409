package jp.spamcenter.complaint.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import jp.spamcenter.complaint.api.AnalysisQueue;
import jp.spamcenter.complaint.internal.infrastructure.OutboxDelivery;
import jp.spamcenter.complaint.internal.infrastructure.OutboxStore;

/**
 * The work waiting in the shared database — the analysis queue and each event consumer's undelivered events — as
 * readiness and metrics show it: read at most every five seconds, however often the probes and scrapes ask.
 */
@ApplicationScoped
public class PendingWork {

    private static final Duration FRESH = Duration.ofSeconds(5);

    @Inject
    AnalysisQueue queue;

    @Inject
    OutboxDelivery outbox;

    @Inject
    Clock clock;

    private volatile Snapshot snapshot;

    /** The waiting work at one instant. */
    public record Snapshot(Instant at, AnalysisQueue.QueueState queue, List<OutboxStore.Backlog> backlogs) {

        /** How long the oldest report has waited for its analysis, in seconds. */
        public long analysisLagSeconds() {
            return lag(queue.oldestPendingSince());
        }

        /** A consumer's backlog; empty (0, no wait) when it has none. */
        public OutboxStore.Backlog backlog(String consumer) {
            return backlogs.stream()
                    .filter(b -> b.consumer().equals(consumer))
                    .findFirst()
                    .orElse(new OutboxStore.Backlog(consumer, 0, 0, null, null));
        }

        /** How long a consumer's oldest undelivered event has waited, in seconds. */
        public long lagSeconds(String consumer) {
            return lag(backlog(consumer).oldest());
        }

        private long lag(Instant since) {
            return since == null ? 0 : Math.max(0, Duration.between(since, at).toSeconds());
        }
    }

    public Snapshot now() {
        Snapshot s = snapshot;
        Instant now = clock.instant();
        if (s == null || s.at().plus(FRESH).isBefore(now)) {
            s = new Snapshot(now, queue.state(), outbox.backlogs());
            snapshot = s;
        }
        return s;
    }

    /** The consumers of the module's events, by name. */
    public Set<String> consumers() {
        return outbox.consumers().keySet();
    }
}
