package jp.spamcenter.advice.api;

/** How soon a case must be answered and resolved; the targets are counted in the center's working time. */
public enum CasePriority {
    URGENT,
    HIGH,
    NORMAL,
    LOW
}
