package jp.spamcenter.complaint.api;

/** The way a report reached the center. */
public enum Intake {
    /** The citizen's web form. */
    WEB_FORM,
    /** A phone call, filed by an advisor for the caller. */
    PHONE,
    /** Mail forwarded to the report mailbox. */
    MAILBOX,
    /** A partner's bulk API. */
    BULK_API
}
