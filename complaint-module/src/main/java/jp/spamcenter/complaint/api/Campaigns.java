package jp.spamcenter.complaint.api;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * Campaigns as people recognise them: a campaign is the reports whose messages share a fingerprint, and its key
 * means nothing to a reader. What does: the subject most of its reports carry, the sender domain most of them
 * came from, when it was first and last reported, and how often.
 */
public interface Campaigns {

    /** The campaigns with these keys; keys no report has are left out. */
    Map<String, Campaign> describe(Collection<String> keys);

    /**
     * A campaign by its commonest subject and sender domain (either null when its reports have none), its first
     * and last report, and its reports in all.
     */
    record Campaign(String key, String subject, String senderDomain, Instant firstSeen, Instant lastSeen, long reports)
            implements java.io.Serializable {}
}
