package jp.spamcenter.advice.api;

/** The advisors' list of consultation cases, paged and sorted in the database. */
public interface CaseQueue {

    CasePage page(CaseQuery query);
}
