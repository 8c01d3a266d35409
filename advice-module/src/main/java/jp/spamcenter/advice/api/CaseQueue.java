package jp.spamcenter.advice.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.spamcenter.complaint.api.ComplaintId;
import jp.spamcenter.complaint.api.ReceiptNumber;

/** The advisors' case lists and queues, paged and sorted in the database. */
public interface CaseQueue {

    /** One page of cases in the query's order. */
    List<CaseSummary> list(CaseQuery query);

    /** How many cases there are in all. */
    long count();

    /** How many cases the query's queue and category hold (its offset, limit and order aside). */
    long count(CaseQuery query);

    /**
     * The case that answers a complaint (its own, or the one it was merged into), once it is open (cases open
     * right after the complaint commits).
     */
    Optional<CaseSummary> caseOf(ComplaintId complaint);

    /**
     * The case that answers the report with this receipt number (its own, or the one it was merged into): how
     * advisors name cases, since receipt numbers are what lists, calls and mails show.
     */
    Optional<CaseSummary> caseOf(ReceiptNumber receipt);

    /**
     * The ids of the cases that answer these reports (their own, or the ones they were merged into), by receipt
     * number; reports without a case yet are left out. One query for a page of links.
     */
    Map<ReceiptNumber, Long> caseIds(Collection<ReceiptNumber> receipts);
}
