package jp.spamcenter.complaint.internal.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every few seconds: wakes the analysis worker (for reports queued before a restart, by another instance, or
 * due for a retry) and advances a running re-analysis by one slice.
 */
@Singleton
public class AnalysisSweep {

    private static final Logger LOG = Logger.getLogger(AnalysisSweep.class.getName());

    @Inject
    AnalysisWork work;

    @Inject
    AnalysisWorker worker;

    @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
    void sweep() {
        try {
            work.advanceReanalysis();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "re-analysis not advanced; the next sweep tries again", e);
        }
        worker.wake();
    }
}
