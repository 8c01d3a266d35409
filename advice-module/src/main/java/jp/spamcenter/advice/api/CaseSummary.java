package jp.spamcenter.advice.api;

import java.time.Instant;

/**
 * One row of an advisor's case list; {@code category} is the analysis's category code, or null; {@code dueAt}
 * is the deadline that matters now (first response, then resolution), null once closed; {@code assignee} is
 * the staff user name, null when nobody has taken the case.
 */
public record CaseSummary(
        long caseId,
        long complaintId,
        String receiptNumber,
        String subject,
        String prefectureCode,
        CaseStatus status,
        Instant openedAt,
        String category,
        CasePriority priority,
        String assignee,
        Instant dueAt,
        boolean escalated) {

    /** Whether the deadline that matters now has passed. */
    public boolean overdueAt(Instant now) {
        return dueAt != null && dueAt.isBefore(now);
    }
}
