package jp.spamcenter.complaint.api;

import java.util.Map;

/**
 * Mails citizens who gave a contact address. The addresses never leave the complaint module: callers name
 * reports, not people.
 */
public interface CitizenMail {

    /**
     * Mails the center's reply to the citizen of each report who gave an address, each their own text (a reply
     * names the citizen's own receipt number), once the caller's transaction commits (nothing is sent for a
     * change that rolls back). The reply stays readable on the status page whatever happens to the mail.
     *
     * @return how many citizens will be mailed
     */
    int mailReply(Map<ComplaintId, String> textByReport);
}
