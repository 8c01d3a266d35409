package jp.spamcenter.complaint.api;

import jakarta.json.bind.annotation.JsonbCreator;
import java.time.Instant;

/**
 * Published once a complaint is stored, after its transaction commits, through the module's outbox: every
 * observer is called in the delivery's transaction, so its work and the delivery commit together.
 * Carries no personal data: the contact e-mail stays in the complaint module. {@code category} is the
 * analysis's category code ({@code PHISHING}, {@code BILLING_FRAUD}, …, {@code OTHER}); null in events
 * written before the analysis existed. {@code prefectureCode} is null when the report came without it (mailbox,
 * partners' apis). {@code campaignKey} is the analysis's campaign fingerprint (null without an analysis);
 * {@code answerable} tells whether there is a citizen to talk to (a person's report, or a forwarded one with
 * the forwarder's address) or only a machine's (partners' batches). {@code channel} and {@code intake} say how
 * the spam reached the citizen and the report the center (null in events written before they were told);
 * {@code smsSenderKind} the kind of an SMS's sender ({@link SmsSenders.Kind}), null for mail or when not told.
 */
public record ComplaintReceived(
        long complaintId,
        String receiptNumber,
        String subject,
        String prefectureCode,
        Instant receivedAt,
        String category,
        String campaignKey,
        boolean answerable,
        Channel channel,
        Intake intake,
        String floodKey,
        String smsSenderKind)
        implements ComplaintEvent {

    /** The constructor JSON-B uses for events read back from the outbox (older ones lack the last five). */
    @JsonbCreator
    public ComplaintReceived {}

    /** A report without an SMS sender's kind. */
    public ComplaintReceived(
            long complaintId,
            String receiptNumber,
            String subject,
            String prefectureCode,
            Instant receivedAt,
            String category,
            String campaignKey,
            boolean answerable,
            Channel channel,
            Intake intake,
            String floodKey) {
        this(
                complaintId,
                receiptNumber,
                subject,
                prefectureCode,
                receivedAt,
                category,
                campaignKey,
                answerable,
                channel,
                intake,
                floodKey,
                null);
    }

    /** A report outside any flood. */
    public ComplaintReceived(
            long complaintId,
            String receiptNumber,
            String subject,
            String prefectureCode,
            Instant receivedAt,
            String category,
            String campaignKey,
            boolean answerable,
            Channel channel,
            Intake intake) {
        this(
                complaintId,
                receiptNumber,
                subject,
                prefectureCode,
                receivedAt,
                category,
                campaignKey,
                answerable,
                channel,
                intake,
                null);
    }

    /** A report without its channel and way in (as events before they were told). */
    public ComplaintReceived(
            long complaintId,
            String receiptNumber,
            String subject,
            String prefectureCode,
            Instant receivedAt,
            String category,
            String campaignKey,
            boolean answerable) {
        this(
                complaintId,
                receiptNumber,
                subject,
                prefectureCode,
                receivedAt,
                category,
                campaignKey,
                answerable,
                null,
                null);
    }

    /** A person's report, without a campaign. */
    public ComplaintReceived(
            long complaintId,
            String receiptNumber,
            String subject,
            String prefectureCode,
            Instant receivedAt,
            String category) {
        this(complaintId, receiptNumber, subject, prefectureCode, receivedAt, category, null, true, null, null);
    }

    public ComplaintId id() {
        return new ComplaintId(complaintId);
    }
}
