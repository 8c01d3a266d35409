package jp.spamcenter.advice.api;

import java.time.LocalDate;
import java.util.List;
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
     * How the center kept its service targets for the cases opened in a period (Japan days, both included):
     * first answers and resolutions, in time or late, for managers' statistics.
     */
    ServiceLevel serviceLevel(LocalDate from, LocalDate to);

    /** Cases opened in a period and how their targets went; open cases without answer yet are neither. */
    record ServiceLevel(
            long opened, long answered, long answeredInTime, long closed, long closedInTime, long stillOpen) {

        /** Share of answered cases answered in time, 0–100, or -1 when none was answered. */
        public int answeredInTimePercent() {
            return answered == 0 ? -1 : (int) Math.round(100.0 * answeredInTime / answered);
        }

        /** Share of closed cases closed in time, 0–100, or -1 when none was closed. */
        public int closedInTimePercent() {
            return closed == 0 ? -1 : (int) Math.round(100.0 * closedInTime / closed);
        }
    }
}
