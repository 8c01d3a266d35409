package jp.spamcenter.advice.api;

import java.time.Instant;
import java.util.List;

/**
 * A case as an advisor works it: its row, its deadlines, the reports it answers and its whole history, oldest
 * first.
 */
public record CaseView(
        CaseSummary summary,
        Instant firstResponseDue,
        Instant firstResponseAt,
        Instant resolutionDue,
        Instant closedAt,
        CloseReason closeReason,
        Long mergedInto,
        long version,
        List<Report> reports,
        List<Entry> history)
        implements java.io.Serializable {

    /** A report the case answers. */
    public record Report(long complaintId, String receiptNumber) implements java.io.Serializable {}

    /** One line of the history; {@code actor} is null for the citizen or the center itself. */
    public record Entry(
            long id, Instant at, String actor, CaseEntryKind kind, String detail, String body, boolean visibleToCitizen)
            implements java.io.Serializable {}

    /** The statuses an advisor may move the case to from where it stands. */
    public List<CaseStatus> nextStatuses() {
        return summary.status().next();
    }
}
