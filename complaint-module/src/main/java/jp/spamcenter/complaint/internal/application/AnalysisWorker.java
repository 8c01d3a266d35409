package jp.spamcenter.complaint.internal.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.spamcenter.complaint.internal.infrastructure.AnalysisJobs.Job;
import jp.spamcenter.complaint.internal.infrastructure.DrainLoop;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Works through the analysis queue on this instance: {@code analysis.workers} drains (0: this instance only takes
 * reports, others analyse them), each on a thread of its own ({@link DrainLoop}), woken right after a report is
 * committed and looking every two seconds for what a restart, another instance or a retry left. Instances share
 * the queue through the database.
 */
@ApplicationScoped
public class AnalysisWorker {

    private static final Logger LOG = Logger.getLogger(AnalysisWorker.class.getName());
    private static final int BATCH = 50;
    private static final Duration IDLE = Duration.ofSeconds(2);

    @Inject
    AnalysisWork work;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    @ConfigProperty(name = "analysis.workers", defaultValue = "2")
    int workers;

    @Inject
    IntakeLoad intake;

    @Inject
    @ConfigProperty(name = "analysis.intake-pause-ms", defaultValue = "1000")
    long intakePauseMillis;

    private final List<DrainLoop> drains = new ArrayList<>();

    /** Fired in the transaction that queued a report; observed once it has committed. */
    public record Queued() {}

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        for (int i = 0; i < workers; i++) {
            var drain = new DrainLoop("analysis-" + (i + 1), this::drain, IDLE);
            drains.add(drain);
            drain.start(threads);
        }
    }

    @PreDestroy
    void stop() {
        drains.forEach(DrainLoop::stop);
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Queued queued) {
        wake();
    }

    /** Wakes the drains (they share the due work through the database's claims). */
    public void wake() {
        drains.forEach(DrainLoop::wake);
    }

    /** Analyses due jobs until none is left; returns how many batches were taken. */
    public int drain() {
        int batches = 0;
        List<Job> jobs;
        while (!(jobs = work.claim(BATCH)).isEmpty()) {
            batches++;
            analyse(jobs);
            if (!giveWayToIntake()) {
                return batches; // shutting down
            }
        }
        return batches;
    }

    /**
     * While partners' batches arrive, rests {@code analysis.intake-pause-ms} after each batch of analyses, so
     * that accepting reports keeps the processor (the analyses wait safely in their table and still go on,
     * slower). False when interrupted.
     */
    private boolean giveWayToIntake() {
        if (intakePauseMillis <= 0 || intake == null || !intake.busy()) {
            return true;
        }
        try {
            Thread.sleep(intakePauseMillis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void analyse(List<Job> jobs) {
        try {
            work.analyseAll(jobs);
        } catch (RuntimeException batchFailure) {
            // find the job that failed: each alone, so the others are stored
            for (Job job : jobs) {
                try {
                    work.analyseOne(job);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "analysis of report " + job.complaintId() + " failed; will retry", e);
                    work.recordFailure(job, rootMessage(e));
                }
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getName() + ": " + root.getMessage();
    }
}
