package jp.spamcenter.complaint.api;

/**
 * A report that cannot be told as an abuse report, with a code for the user's language: {@code notFound},
 * {@code noMessage} (described, not sent), {@code inlineForward} (the spam's own headers are lost),
 * {@code noOrigin} (no sending IP outside the receiving networks), {@code noSender} (no usable envelope sender),
 * {@code invalid} (the document failed the official schema; the message names the first errors).
 */
public class AbuseReportRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    public AbuseReportRejected(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
