package jp.spamcenter.complaint.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jp.spamcenter.complaint.internal.infrastructure.MailboxPolling;
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
    PendingWork pending;

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
            var work = pending.now();
            long worst = work.analysisLagSeconds();
            var response = HealthCheckResponse.named("pending-work")
                    .withData("analysisPending", work.queue().pending())
                    .withData("analysisOldestWaitSeconds", worst)
                    .withData("analysisQuarantined", work.queue().quarantined())
                    .withData("maxPendingSeconds", maxPendingSeconds);
            for (String consumer : pending.consumers()) {
                long lag = work.lagSeconds(consumer);
                response.withData(
                                "outbox." + consumer + ".pending",
                                work.backlog(consumer).pending())
                        .withData("outbox." + consumer + ".oldestWaitSeconds", lag);
                worst = Math.max(worst, lag);
            }
            return (worst > maxPendingSeconds ? response.down() : response.up()).build();
        };
    }
}
