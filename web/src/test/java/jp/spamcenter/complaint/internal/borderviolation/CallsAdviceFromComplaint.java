package jp.spamcenter.complaint.internal.borderviolation;

import jp.spamcenter.advice.api.CaseQueue;

/** DELIBERATELY BAD, test sources only: complaint depending on advice, against the direction. */
public class CallsAdviceFromComplaint {

    public long casesIn(CaseQueue queue) {
        return queue.count();
    }
}
