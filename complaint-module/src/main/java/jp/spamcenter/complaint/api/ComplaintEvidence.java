package jp.spamcenter.complaint.api;

import java.time.Instant;
import java.util.Optional;

/**
 * The evidence of a report for the advisor working its case: what the citizen wrote, the analysis, and the
 * original message unaltered. Every read is written to the access log with who read what (the message may hold
 * the citizen's own address); the citizen's contact data is not part of it.
 */
public interface ComplaintEvidence {

    Optional<Evidence> evidence(ComplaintId complaint, String readBy);

    /**
     * The evidence read for a purpose the reader gave (a report outside the reader's own cases); the purpose is
     * in the access log with the read.
     */
    Optional<Evidence> evidence(ComplaintId complaint, String readBy, String purpose);

    /**
     * The spam's HTML as it looked, sanitised (layout and text only: nothing runs, loads or links; links written
     * out defanged), for a sandboxed frame; empty when the report has no HTML. The read is in the access log
     * ({@code HTML}), with the purpose when one was given (another advisor's case).
     */
    Optional<String> html(ComplaintId complaint, String readBy, String purpose);

    /**
     * The original message as received, byte for byte, for download as .eml. The read is in the access log
     * ({@code ORIGINAL}), with the purpose when one was given (another advisor's case; null otherwise).
     */
    Optional<Original> original(ComplaintId complaint, String readBy, String purpose);

    /**
     * The e-mail address the citizen gave with the report, for a referral the citizen consented to; the read is
     * in the access log. Empty when none was given.
     */
    Optional<String> contactAddress(ComplaintId id, String readBy);

    /**
     * A report's evidence. {@code description} is what the citizen wrote (or the extracted text);
     * {@code analysis} is null until the report is analysed; {@code originalSize} is 0 when the citizen only
     * described the message.
     */
    record Evidence(
            ComplaintId id,
            ReceiptNumber receiptNumber,
            Intake intake,
            Channel channel,
            String prefectureCode,
            Instant receivedAt,
            String subject,
            String description,
            long originalSize,
            String originalSha256,
            AnalysisResult analysis,
            Sms sms)
            implements java.io.Serializable {}

    /**
     * What the citizen's phone showed of an SMS: its sender as kept, the sender's kind, when it arrived, and the
     * network of the phone that received it (null when not told).
     */
    record Sms(String sender, SmsSenders.Kind kind, Instant receivedAt, SmsSenders.Carrier carrier)
            implements java.io.Serializable {}

    /** The original bytes and their SHA-256. */
    record Original(ReceiptNumber receiptNumber, byte[] content, String sha256) {

        /** The name to save it under. */
        public String fileName() {
            return receiptNumber.value() + ".eml";
        }
    }
}
