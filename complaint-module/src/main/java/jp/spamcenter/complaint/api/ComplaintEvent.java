package jp.spamcenter.complaint.api;

/**
 * What the complaint module tells the other modules, through its outbox after the publishing transaction commits:
 * a report received ({@link ComplaintReceived}) and a report analysed ({@link ComplaintAnalysed}). Carries ids,
 * codes and times, never personal data.
 */
public sealed interface ComplaintEvent permits ComplaintReceived, ComplaintAnalysed {

    /** The report the event is about. */
    long complaintId();
}
