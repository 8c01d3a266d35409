package jp.spamcenter.complaint.api;

/**
 * How long the complaint module keeps a citizen's data, and the sweep that removes what has expired (daily, on
 * one instance at a time). Counted figures are not personal data and stay: the statistics keep their counts.
 */
public interface DataRetention {

    /**
     * The periods, in days after a report was received ({@code retention.contact-email-days},
     * {@code retention.message-days}), or after the read ({@code retention.access-log-days}).
     *
     * @param contactEmailDays the citizen's contact e-mail address is deleted
     * @param messageDays the message as received (original bytes), the citizen's description and subject are
     *     deleted; the analysis's findings (category, origin, sender, links) stay for the figures and enforcement
     * @param accessLogDays a record of who read a report's data is deleted
     */
    record Periods(int contactEmailDays, int messageDays, int accessLogDays) implements java.io.Serializable {}

    /** What one sweep removed. */
    record Swept(int contactEmails, int messages, int accessLogRecords) {}

    Periods periods();

    /** Removes what has expired now, in batches; nothing when another instance is sweeping. */
    Swept sweep();
}
