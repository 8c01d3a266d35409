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
    ESCALATED
}
