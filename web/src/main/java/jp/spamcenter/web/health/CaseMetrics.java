package jp.spamcenter.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import jp.spamcenter.advice.api.CaseDesk;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * The advisors' backlog as MicroProfile Metrics: open cases and overdue ones (past a deadline in business hours),
 * read at most every five seconds.
 */
@ApplicationScoped
public class CaseMetrics {

    private static final Duration FRESH = Duration.ofSeconds(5);

    @Inject
    MetricRegistry registry;

    @Inject
    CaseDesk cases;

    /** The center's clock. */
    @Inject
    java.time.Clock clock;

    private volatile Instant readAt;
    private volatile List<CaseDesk.AdvisorLoad> load = List.of();

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        registry.gauge(
                "cases_open",
                this,
                m -> m.load().stream().mapToLong(CaseDesk.AdvisorLoad::open).sum());
        registry.gauge(
                "cases_overdue",
                this,
                m -> m.load().stream().mapToLong(CaseDesk.AdvisorLoad::overdue).sum());
    }

    private List<CaseDesk.AdvisorLoad> load() {
        Instant now = clock.instant();
        if (readAt == null || readAt.plus(FRESH).isBefore(now)) {
            load = cases.load();
            readAt = now;
        }
        return load;
    }
}
