package jp.spamcenter.complaint.internal.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every few seconds: advances a running re-analysis by one slice (the analysis worker's drains look for due
 * work on their own).
 */
@Singleton
public class AnalysisSweep {

    private static final Logger LOG = Logger.getLogger(AnalysisSweep.class.getName());

    @Inject
    AnalysisWork work;

    @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
    void sweep() {
        try {
            work.advanceReanalysis();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "re-analysis not advanced; the next sweep tries again", e);
        }
    }
}
