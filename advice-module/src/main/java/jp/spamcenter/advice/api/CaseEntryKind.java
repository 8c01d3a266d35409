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
    ESCALATED
}
