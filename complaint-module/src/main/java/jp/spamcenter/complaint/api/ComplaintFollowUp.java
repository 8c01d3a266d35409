package jp.spamcenter.complaint.api;

/** Lets a citizen follow an anonymous report by receipt number and secret. */
public interface ComplaintFollowUp {

    /**
     * Checks the secret in constant time; after five wrong secrets for one receipt number it is locked for 15
     * minutes, on every server instance.
     */
    FollowUp lookUp(String receiptNumber, String secret);
}
