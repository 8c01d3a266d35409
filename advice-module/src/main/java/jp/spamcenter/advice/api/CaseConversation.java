package jp.spamcenter.advice.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.spamcenter.complaint.api.ComplaintId;

/**
 * The part of a case its citizen sees on the receipt's status page: the status, the center's replies and their
 * own answers. Internal notes and advisors' names are never in it.
 */
public interface CaseConversation {

    /** The conversation of the case that answers the complaint, once a case is open for it. */
    Optional<Conversation> of(ComplaintId complaint);

    /**
     * The citizen's answer; a case waiting for it goes back to the advisors.
     *
     * @throws CaseChangeRejected when there is no case yet or the text is empty or too long
     */
    Conversation answer(ComplaintId complaint, String text);

    /** The status, the messages oldest first, and where the case was referred, first sent first. */
    record Conversation(CaseStatus status, List<Message> messages, List<ReferredTo> referrals)
            implements java.io.Serializable {}

    /** A referral sent (and not withdrawn): to whom, of which kind, and when. */
    record ReferredTo(Referrals.DestinationKind kind, String destination, Instant sentAt)
            implements java.io.Serializable {}

    /** A message: from the center (a reply) or from the citizen. */
    record Message(Instant at, boolean fromCenter, String text) implements java.io.Serializable {}
}
