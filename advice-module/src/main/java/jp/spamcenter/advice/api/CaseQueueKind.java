package jp.spamcenter.advice.api;

/** The advisors' queues. */
public enum CaseQueueKind {
    /** Every case, closed ones too. */
    ALL,
    /** Open cases taken by the advisor asking. */
    MINE,
    /** Open cases nobody has taken. */
    UNASSIGNED,
    /** Open cases whose current deadline has passed. */
    OVERDUE,
    /** Cases whose citizen answered and whose advisor has not read it yet. */
    ANSWERED
}
