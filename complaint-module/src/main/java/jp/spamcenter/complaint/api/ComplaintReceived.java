package jp.spamcenter.complaint.api;

import java.time.Instant;

/**
 * Published once a complaint is stored, after its transaction commits, through the module's outbox: every
 * observer is called in the delivery's transaction, so its work and the delivery commit together.
 * Carries no personal data: the contact e-mail stays in the complaint module. {@code category} is the
 * analysis's category code ({@code PHISHING}, {@code BILLING_FRAUD}, …, {@code OTHER}); null in events
 * written before the analysis existed. {@code prefectureCode} is null when the report came without it (mailbox,
 * partners' apis).
 */
public record ComplaintReceived(
        long complaintId,
        String receiptNumber,
        String subject,
        String prefectureCode,
        Instant receivedAt,
        String category) {

    public ComplaintId id() {
        return new ComplaintId(complaintId);
    }
}
