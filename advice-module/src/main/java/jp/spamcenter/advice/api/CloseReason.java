package jp.spamcenter.advice.api;

/** Why a case was closed. */
public enum CloseReason {
    /** The citizen got the advice they needed. */
    ADVISED,
    /** Passed on to a consumer center, carrier or agency, and nothing is left for the center to do. */
    REFERRED,
    /** The citizen did not answer. */
    NO_ANSWER,
    /** Not spam, or not the center's matter. */
    OUT_OF_SCOPE,
    /** Merged into another case. */
    DUPLICATE
}
