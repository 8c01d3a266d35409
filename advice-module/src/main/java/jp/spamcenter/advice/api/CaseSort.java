package jp.spamcenter.advice.api;

/** The columns a case list can be sorted by; each is backed by an index. */
public enum CaseSort {
    OPENED_AT,
    DUE_AT,
    RECEIPT_NUMBER,
    PREFECTURE,
    STATUS,
    CATEGORY
}
