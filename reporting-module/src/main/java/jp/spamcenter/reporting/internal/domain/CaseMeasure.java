package jp.spamcenter.reporting.internal.domain;

/** The sums kept per day of the cases ({@code rep_case_daily}). */
public enum CaseMeasure {
    OPENED,
    ANSWERED,
    ANSWERED_IN_TIME,
    RESPONSE_MINUTES,
    CLOSED,
    CLOSED_IN_TIME,
    RESOLUTION_MINUTES,
    CLOSED_ON
}
