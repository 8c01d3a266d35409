package jp.spamcenter.advice.api;

import java.util.List;

/** The advisors' list of consultation cases, paged and sorted in the database. */
public interface CaseQueue {

    /** One page of cases in the query's order. */
    List<CaseSummary> list(CaseQuery query);

    /** How many cases there are in all. */
    long count();
}
