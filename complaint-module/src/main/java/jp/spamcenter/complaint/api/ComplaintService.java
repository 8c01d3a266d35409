package jp.spamcenter.complaint.api;

/** Files complaints from citizens. */
public interface ComplaintService {

    /**
     * Stores the complaint and its contact apart, and queues {@link ComplaintReceived} in the same
     * transaction.
     *
     * @throws ComplaintRejected when the complaint is incomplete or malformed, with every reason
     */
    Receipt file(NewComplaint complaint);
}
