package jp.spamcenter.reporting.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.spamcenter.reporting.api.Statistics.Dimension;

/**
 * Proves the figures: every daily rollup of reports is compared with a recount of the stored reports' facts, day
 * by day, and every difference is named. Runs in the background on one instance at a time, when an administrator
 * asks and every night.
 */
public interface StatisticsCheck {

    /** Asks for a check; one already waiting or running is returned instead. */
    Result request(String by);

    /** The latest check, waiting, running or finished. */
    Optional<Result> latest();

    /**
     * One check: how many reports it recounted over how many days, how many rollup rows it compared, and the
     * differences that remained once the reports in flight had been counted (at most {@link #SHOWN} of them kept;
     * {@code differenceCount} tells them all).
     */
    record Result(
            long id,
            Instant requestedAt,
            String requestedBy,
            Instant startedAt,
            Instant finishedAt,
            long reports,
            long days,
            long rowsCompared,
            long differenceCount,
            List<Difference> differences) {

        public boolean finished() {
            return finishedAt != null;
        }

        /** Finished, and every figure equals its recount. */
        public boolean agrees() {
            return finished() && differenceCount == 0;
        }
    }

    /** How many differences a check keeps to show. */
    int SHOWN = 500;

    /**
     * A rollup that is not what the recount says: within {@code slice} (a {@link Statistics.Filter#key()}, "" for
     * all reports), the count of {@code value} of {@code dimension} on {@code day}.
     */
    record Difference(String slice, Dimension dimension, LocalDate day, String value, long expected, long found) {}
}
