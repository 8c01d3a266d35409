package jp.spamcenter.complaint.internal.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import jp.spamcenter.complaint.api.AnalysisQueue;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * MicroProfile Health readiness of the complaint module: the report mailbox (when polled) and the lag of its
 * pending work (the analysis queue and each consumer's undelivered events). An instance is not ready while the
 * mailbox fails, or while the oldest waiting work is older than {@code health.max-pending-seconds} (900): a load
 * balancer then sends citizens to an instance that keeps up.
 */
@ApplicationScoped
public class ComplaintReadiness {

    @Inject
    MailboxPolling mailbox;

    @Inject
    AnalysisQueue queue;

    @Inject
    OutboxDelivery outbox;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "health.max-pending-seconds", defaultValue = "900")
    long maxPendingSeconds;

    @Produces
    @Readiness
    HealthCheck mailbox() {
        return () -> {
            var state = mailbox.state();
            var response = HealthCheckResponse.named("report-mailbox").withData("enabled", state.enabled());
            if (state.lastRead() != null) {
                response.withData("lastRead", state.lastRead().toString());
            }
            if (state.failing()) {
                return response.withData("lastFailure", state.lastFailure())
                        .withData("lastFailedAt", state.lastFailedAt().toString())
                        .down()
                        .build();
            }
            return response.up().build();
        };
    }

    @Produces
    @Readiness
    HealthCheck pendingWork() {
        return () -> {
            Instant now = clock.instant();
            var state = queue.state();
            long analysisLag = lagSeconds(state.oldestPendingSince(), now);
            var response = HealthCheckResponse.named("pending-work")
                    .withData("analysisPending", state.pending())
                    .withData("analysisOldestWaitSeconds", analysisLag)
                    .withData("analysisQuarantined", state.quarantined())
                    .withData("maxPendingSeconds", maxPendingSeconds);
            long worst = analysisLag;
            for (var backlog : outbox.backlogs()) {
                long lag = lagSeconds(backlog.oldest(), now);
                response.withData("outbox." + backlog.consumer() + ".pending", backlog.pending())
                        .withData("outbox." + backlog.consumer() + ".oldestWaitSeconds", lag);
                worst = Math.max(worst, lag);
            }
            return (worst > maxPendingSeconds ? response.down() : response.up()).build();
        };
    }

    private static long lagSeconds(Instant since, Instant now) {
        return since == null ? 0 : Math.max(0, Duration.between(since, now).toSeconds());
    }
}
