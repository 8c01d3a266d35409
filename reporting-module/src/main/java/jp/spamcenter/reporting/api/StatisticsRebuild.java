package jp.spamcenter.reporting.api;

import java.time.Instant;
import java.util.Optional;

/**
 * Rebuilding the rollups from scratch from the complaint module's stored reports, in the background with its
 * progress: after a change to what is counted, or to repair them. Events keep counting meanwhile; a report
 * counted by its event is not counted again.
 */
public interface StatisticsRebuild {

    /** Empties the rollups and starts counting every report again; a rebuild already running is returned. */
    Progress start(String by);

    /** The latest rebuild, running or finished. */
    Optional<Progress> latest();

    record Progress(long id, Instant startedAt, String startedBy, Instant finishedAt, long done, long total) {

        public boolean running() {
            return finishedAt == null;
        }

        public int percent() {
            if (total < 0) {
                return 0; // not counted yet
            }
            return total == 0 ? 100 : (int) Math.min(100, 100 * done / total);
        }
    }
}
