package jp.spamcenter.complaint.internal.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.spamcenter.complaint.internal.infrastructure.AnalysisJobs.Job;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Works through the analysis queue on this instance: woken right after a report is committed, and every few
 * seconds by {@link AnalysisSweep} (for what a restart or another instance left). At most
 * {@code analysis.workers} drains run at once (0: this instance only takes reports, others analyse them);
 * instances share the queue through the database.
 */
@ApplicationScoped
public class AnalysisWorker {

    private static final Logger LOG = Logger.getLogger(AnalysisWorker.class.getName());
    private static final int BATCH = 50;

    @Inject
    AnalysisWork work;

    @Resource
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "analysis.workers", defaultValue = "2")
    int workers;

    @Inject
    IntakeLoad intake;

    @Inject
    @ConfigProperty(name = "analysis.intake-pause-ms", defaultValue = "1000")
    long intakePauseMillis;

    private Semaphore running;
    /** Set when work arrived while every drain was busy: a drain then looks once more before it stops. */
    private final AtomicBoolean more = new AtomicBoolean();

    /** Fired in the transaction that queued a report; observed once it has committed. */
    public record Queued() {}

    @PostConstruct
    void init() {
        running = new Semaphore(Math.max(0, workers));
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Queued queued) {
        wake();
    }

    /** Starts a drain unless enough run already (they will see the new work). */
    public void wake() {
        more.set(true);
        if (!running.tryAcquire()) {
            return;
        }
        try {
            executor.execute(() -> {
                try {
                    drain();
                } finally {
                    running.release();
                }
            });
        } catch (RejectedExecutionException e) {
            running.release();
            LOG.log(Level.FINE, "executor busy; the sweep will analyse", e);
        }
    }

    /** Analyses due jobs until none is left; returns how many batches were taken. */
    public int drain() {
        int batches = 0;
        do {
            more.set(false);
            List<Job> jobs;
            while (!(jobs = work.claim(BATCH)).isEmpty()) {
                batches++;
                analyse(jobs);
                if (!giveWayToIntake()) {
                    return batches; // shutting down
                }
            }
        } while (more.get());
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
