package jp.spamcenter.advice.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Referring a case's citizen or spam elsewhere: to the consumer center of the citizen's prefecture, the
 * carrier or ISP of the sender, the police, an agency abroad. Personal data goes only with the citizen's
 * recorded consent for exactly that data, checked again when the referral is sent; without it the referral
 * carries the advisor's summary alone. Every step is in the case's history.
 *
 * @throws ReferralRejected when a rule forbids the step (a code per rule)
 */
public interface Referrals {

    /** The citizen's consent, as the advisor heard it (phone) or read it (web). */
    Consent recordConsent(long caseId, Set<PersonalItem> items, ConsentHow how, String givenBy, String recordedBy);

    /** The citizen takes consent back: referrals not sent yet may no longer carry that data. */
    Consent withdrawConsent(long consentId, String actor);

    List<Consent> consents(long caseId);

    /** A summary for the partner written from the case (category, what the reports show, no personal data). */
    String draftSummary(long caseId);

    /** A referral ready to send; it is checked now and again when it is sent. */
    Referral prepare(NewReferral referral, String actor);

    /**
     * Sends it: mailed to the destination's address, or marked printed for a letter; the case moves to
     * "referred". Refused when the consent it needs was withdrawn meanwhile.
     */
    Referral send(long referralId, String actor);

    /** What a referral says, with the personal data its consent covers: the text of the mail or the letter. */
    Letter letter(long referralId, String actor);

    /** The partner confirms it took the referral up, with what it said. */
    Referral acknowledge(long referralId, String feedback, String actor);

    /** The partner's answer on how it ended. */
    Referral resolve(long referralId, ReferralOutcome outcome, String feedback, String actor);

    /** A referral not sent yet is dropped. */
    Referral cancel(long referralId, String actor);

    Optional<Referral> find(long referralId);

    List<Referral> ofCase(long caseId);

    /** Sent referrals that got no answer in time (they were reminded of), oldest first. */
    List<Referral> unanswered();

    /** Writes what was sent (or exported for sending) to an agency abroad. */
    Dispatch recordDispatch(Dispatch dispatch);

    /** The newest dispatches first. */
    List<Dispatch> dispatches(int limit);

    /** Personal data a referral can carry. */
    enum PersonalItem {
        /** The citizen's e-mail address. */
        CONTACT_EMAIL,
        /** The spam as the citizen received it (it shows their address). */
        ORIGINAL_MESSAGE,
        /** What the citizen wrote to the center. */
        CITIZEN_TEXT
    }

    enum ConsentHow {
        PHONE,
        WEB
    }

    enum DestinationKind {
        CONSUMER_CENTER,
        CARRIER,
        FOREIGN_AGENCY,
        POLICE
    }

    enum ReferralReason {
        MONEY_LOST,
        BILLED,
        DATA_GIVEN,
        ACCOUNT_SUSPENSION,
        ENFORCEMENT,
        OTHER
    }

    enum Channel {
        MAIL,
        PRINT
    }

    enum ReferralState {
        DRAFT,
        SENT,
        ACKNOWLEDGED,
        RESOLVED,
        CANCELLED
    }

    enum ReferralOutcome {
        /** The partner helped the citizen (advice, refund, cancellation). */
        HELPED,
        /** The sender's account or line was stopped. */
        SUSPENDED,
        /** An enforcement action or investigation. */
        ACTION_TAKEN,
        /** Nothing could be done. */
        NO_ACTION,
        /** Not the partner's business; sent elsewhere. */
        NOT_RESPONSIBLE
    }

    record Consent(
            long id,
            long caseId,
            Set<PersonalItem> items,
            ConsentHow how,
            String givenBy,
            String recordedBy,
            Instant givenAt,
            Instant withdrawnAt,
            String withdrawnBy) {

        public boolean active() {
            return withdrawnAt == null;
        }
    }

    /**
     * A referral to prepare. {@code destinationId} names a directory entry (its name and address are taken
     * from there) or is null for one typed in; {@code consentId} is needed when {@code personalData} is not empty.
     */
    record NewReferral(
            long caseId,
            DestinationKind kind,
            Long destinationId,
            String destinationName,
            String destinationContact,
            ReferralReason reason,
            String summary,
            Set<PersonalItem> personalData,
            Long consentId,
            Channel channel) {}

    record Referral(
            long id,
            long caseId,
            DestinationKind kind,
            String destinationName,
            String destinationContact,
            ReferralReason reason,
            String summary,
            Set<PersonalItem> personalData,
            Long consentId,
            Channel channel,
            ReferralState state,
            ReferralOutcome outcome,
            String feedback,
            String createdBy,
            Instant createdAt,
            Instant sentAt,
            Instant acknowledgedAt,
            Instant resolvedAt,
            Instant remindedAt) {}

    /** The referral's text as the partner reads it, and the messages attached (with consent only). */
    record Letter(String to, String subject, String body, List<Attachment> attachments) {}

    record Attachment(String fileName, String mediaType, byte[] content) {}

    /** Referrals to one kind of destination that ended one way (or are still open: outcome null). */
    record OutcomeCount(DestinationKind kind, ReferralState state, ReferralOutcome outcome, long referrals)
            implements java.io.Serializable {}

    /** One dispatch to an agency abroad: which country's spam of which period, in which format. */
    record Dispatch(
            Long id,
            Instant at,
            String actor,
            String countryCode,
            String agency,
            LocalDate periodFrom,
            LocalDate periodTo,
            String format,
            int documents,
            int skipped) {}
}
