package jp.spamcenter.advice.api;

import java.time.Instant;

/**
 * One row of an advisor's case list; {@code category} is the analysis's category code, or null; {@code dueAt}
 * is the deadline that matters now (first response, then resolution), null once closed; {@code assignee} is
 * the staff user name, null when nobody has taken the case; {@code answerUnreadSince} is when the citizen's first
 * answer not yet read by the case's advisor came in, null when none waits.
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
        boolean escalated,
        Instant answerUnreadSince)
        implements java.io.Serializable {

    /** Whether the citizen answered and the advisor in charge has not read it yet. */
    public boolean answerUnread() {
        return answerUnreadSince != null;
    }

    /** Whether the deadline that matters now has passed. */
    public boolean overdueAt(Instant now) {
        return dueAt != null && dueAt.isBefore(now);
    }
}
