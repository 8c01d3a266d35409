package jp.spamcenter.advice.api;

/** Where a consultation case stands. */
public enum CaseStatus {
    NEW,
    TRIAGED,
    IN_PROGRESS,
    WAITING_FOR_CITIZEN,
    REFERRED,
    CLOSED
}
