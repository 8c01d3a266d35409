package jp.spamcenter.advice.api;

/** The kinds of things a case's history records. */
public enum CaseEntryKind {
    OPENED,
    STATUS,
    PRIORITY,
    ASSIGNED,
    NOTE,
    REPLY,
    CITIZEN_MESSAGE,
    MERGED,
    /** A report of the case's campaign joined it. */
    LINKED,
    ESCALATED,
    /** The citizen's consent to pass data on, given or withdrawn. */
    CONSENT,
    /** A referral prepared, sent, answered, resolved or cancelled. */
    REFERRAL,
    /** A sent referral got no answer in time. */
    REFERRAL_REMINDER
}
