package jp.spamcenter.complaint.api;

import java.time.Instant;
import java.util.List;

/**
 * Who looked at a citizen's data, when, and why: the access log of reports' evidence, originals, contact
 * addresses and exports, searchable by receipt number, staff account and period, for administrators and
 * supervisors.
 */
public interface AccessAudit {

    /**
     * What to look for; a null field matches everything.
     *
     * @param receipt a report's receipt number
     * @param actor a staff account's user name (or the system's name for automatic work)
     * @param from the first instant included
     * @param to the first instant no longer included
     */
    record Query(ReceiptNumber receipt, String actor, Instant from, Instant to) implements java.io.Serializable {}

    /**
     * One read: when, by whom, of which report, what ({@code EVIDENCE}, {@code ORIGINAL}, {@code CONTACT},
     * {@code XARF}, {@code ARF}, {@code EVIDENCE_PACKAGE}) and the purpose the reader gave, if any.
     */
    record Read(Instant at, String actor, ReceiptNumber receipt, String what, String purpose)
            implements java.io.Serializable {}

    /** An account that read the data of more persons (reports) than allowed in a period. */
    record HeavyReader(String actor, long persons) implements java.io.Serializable {}

    /**
     * The accounts that read the data of more than {@code persons} distinct reports since {@code since}, most
     * first: what an administrator is alerted to (a leak of more than 1,000 persons must be reported).
     */
    List<HeavyReader> heavyReaders(Instant since, int persons);

    /** The newest reads first, {@code max} of them from {@code first}. */
    List<Read> reads(Query query, int first, int max);

    long count(Query query);
}
