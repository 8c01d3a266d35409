package jp.spamcenter.complaint.api;

/** Lets a citizen follow an anonymous report by receipt number and secret. */
public interface ComplaintFollowUp {

    /**
     * Checks the secret in constant time. After five wrong secrets in a row from one client for one typed
     * receipt number, that client may not try that number for 15 minutes, on every server instance; the
     * citizen holding the secret is not locked out from elsewhere, and an unknown number answers exactly as an
     * existing one.
     *
     * @param client what identifies the asking client (its address), kept only as part of a hash
     */
    FollowUp lookUp(String receiptNumber, String secret, String client);
}
