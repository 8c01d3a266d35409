package jp.spamcenter.complaint.api;

import java.time.Instant;
import java.util.List;

/**
 * The links of the reports found to be phishing: how many distinct ones a period had, and the list for takedown
 * requests, defanged ({@code hxxps://example[.]com/login}) so that nobody opens them by mistake. Links are kept as
 * scheme, host and path: a query or fragment may identify the recipient.
 */
public interface PhishingUrls {

    /** Phishing reports received in {@code [from, until)}, and their distinct links and hosts. */
    default Counts counts(Instant from, Instant until) {
        return counts(from, until, Scope.ALL);
    }

    /** The same, of the reports in the scope only (the statistics' filter). */
    Counts counts(Instant from, Instant until, Scope scope);

    /**
     * Which reports a count is of, as the statistics filter them: all, or those of one channel, one category or
     * one origin country ({@code ""} for an unknown origin).
     */
    record Scope(Channel channel, String category, String originCountry) implements java.io.Serializable {

        public static final Scope ALL = new Scope(null, null, null);
    }

    /** The distinct links of the period, the most reported first; at most {@code limit}. */
    List<Link> links(Instant from, Instant until, int limit);

    record Counts(long reports, long urls, long hosts) implements java.io.Serializable {}

    /**
     * One link.
     *
     * @param defanged the link written so that it cannot be opened
     * @param host its host, defanged too
     * @param reports how many reports carried it
     * @param firstSeen when the first of them was received
     * @param lastSeen when the last of them was received
     */
    record Link(String defanged, String host, long reports, Instant firstSeen, Instant lastSeen)
            implements java.io.Serializable {}

    /** A link or host made safe to show: {@code http} → {@code hxxp}, dots of the host in brackets. */
    static String defang(String url) {
        String s = url.replaceFirst("(?i)^http", "hxxp");
        int start = s.indexOf("://");
        int hostStart = start < 0 ? 0 : start + 3;
        int hostEnd = s.indexOf('/', hostStart);
        if (hostEnd < 0) {
            hostEnd = s.length();
        }
        return s.substring(0, hostStart) + s.substring(hostStart, hostEnd).replace(".", "[.]") + s.substring(hostEnd);
    }
}
