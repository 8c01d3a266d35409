package jp.spamcenter.advice.api;

import java.time.Instant;

/**
 * What the statistics count of a case, as it stands now: published as a CDI event in the transaction of every
 * change to the case (the reporting module keeps its rollups from it), and read in bulk by {@link AdviceFigures}
 * for a rebuild. Times to answer and to resolve are working time of the center's calendar, in minutes; a merged
 * case counts as part of the case it joined, not on its own.
 */
public record CaseFigures(
        long caseId,
        Instant openedAt,
        boolean merged,
        String category,
        Instant firstResponseAt,
        boolean answeredInTime,
        long responseMinutes,
        Instant closedAt,
        boolean closedInTime,
        long resolutionMinutes) {

    public boolean answered() {
        return firstResponseAt != null;
    }

    public boolean closed() {
        return closedAt != null;
    }
}
