package jp.spamcenter.complaint.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Reports wait here for their analysis, which runs after the report is committed. What could not be analysed
 * after every retry stays quarantined with the reason, for advisors to see and send back; after an analyser
 * upgrade, admins re-analyse all reports in the background.
 */
public interface AnalysisQueue {

    /** How the queue stands now. */
    QueueState state();

    /** Quarantined reports, newest first, one page. */
    List<QuarantinedReport> quarantined(int first, int max);

    /** Sends a quarantined report back to the queue for a fresh set of attempts; false when it is not there. */
    boolean retry(ComplaintId complaint);

    /**
     * Starts re-analysing every report whose analysis is not by the current analyser; the run already going, if
     * there is one.
     */
    Reanalysis startReanalysis(String startedBy);

    /** The latest re-analysis run, going or finished. */
    Optional<Reanalysis> latestReanalysis();

    /** Reports waiting, quarantined, the oldest wait, and the analyser's version. */
    record QueueState(long pending, long quarantined, Instant oldestPendingSince, String analyserVersion)
            implements java.io.Serializable {}

    /** A report whose analysis failed every attempt. */
    record QuarantinedReport(
            ComplaintId id,
            ReceiptNumber receiptNumber,
            Intake intake,
            Instant receivedAt,
            int attempts,
            String reason,
            Instant quarantinedAt)
            implements java.io.Serializable {}

    /** One re-analysis run and how far it has come. */
    record Reanalysis(
            long id,
            String targetVersion,
            String startedBy,
            Instant startedAt,
            long total,
            long remaining,
            Instant finishedAt)
            implements java.io.Serializable {

        public boolean finished() {
            return finishedAt != null;
        }

        /** Done so far, 0 to 100. */
        public int percent() {
            if (total <= 0) {
                return 100;
            }
            return (int) Math.max(0, Math.min(100, (total - remaining) * 100 / total));
        }
    }
}
