package jp.spamcenter.reporting.internal.borderviolation;

import jp.spamcenter.complaint.internal.domain.Complaint;

/** DELIBERATELY BAD, test sources only: reporting reading the complaint module's entity. */
public class ReadsComplaintEntity {

    public String subjectOf(Complaint complaint) {
        return complaint.subject();
    }
}
