package jp.spamcenter.complaint.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/** Files complaints from citizens. */
public interface ComplaintService {

    /**
     * Stores the complaint and its contact apart, and queues {@link ComplaintReceived} in the same
     * transaction.
     *
     * @throws ComplaintRejected when the complaint is incomplete or malformed, with every reason
     */
    Receipt file(NewComplaint complaint);

    /**
     * Files messages that machines pass on (partners' batches) in the caller's transaction with as few
     * statements as the database allows: each stored with its bytes and queued for analysis after commit.
     * Reports filed by a person, or without a message, are filed one by one as {@link #file} does.
     *
     * @return one receipt per complaint, in order (without secrets: nobody is shown one)
     * @throws ComplaintRejected when one is malformed; then none is filed
     */
    List<Receipt> fileAll(List<NewComplaint> complaints);

    /**
     * The messages of a batch posted as an mbox file (mboxrd: ">From " lines unquoted; a single message stays
     * whole), read as the stream arrives, one message at a time, for {@link #fileAll}.
     *
     * @return the messages, or empty when the stream is longer than {@code limit} bytes
     */
    Optional<List<byte[]>> messagesOfMbox(InputStream mbox, long limit) throws IOException;
}
