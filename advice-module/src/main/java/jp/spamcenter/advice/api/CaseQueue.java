package jp.spamcenter.advice.api;

import java.util.List;
import java.util.Optional;
import jp.spamcenter.complaint.api.ComplaintId;

/** The advisors' list of consultation cases, paged and sorted in the database. */
public interface CaseQueue {

    /** One page of cases in the query's order. */
    List<CaseSummary> list(CaseQuery query);

    /** How many cases there are in all. */
    long count();

    /** The case opened for a complaint, if it is open yet (cases open right after the complaint commits). */
    Optional<CaseSummary> caseOf(ComplaintId complaint);
}
