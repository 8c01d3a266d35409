package jp.spamcenter.complaint.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import jp.spamcenter.complaint.api.Channel;
import jp.spamcenter.complaint.api.ComplaintId;
import jp.spamcenter.complaint.api.ComplaintRejected;
import jp.spamcenter.complaint.api.ComplaintRejected.Reason;
import jp.spamcenter.complaint.api.Intake;
import jp.spamcenter.complaint.api.NewComplaint;
import jp.spamcenter.complaint.api.Prefectures;
import jp.spamcenter.complaint.api.ReceiptNumber;
import jp.spamcenter.complaint.api.SmsSenders;

/** A citizen's report of a spam message. The citizen's contact is kept apart, in {@link ComplaintContact}. */
@Entity
@Table(name = "cmp_complaint")
@NamedQuery(name = "Complaint.byIds", query = "SELECT c FROM Complaint c WHERE c.id IN :ids")
@NamedQuery(name = "Complaint.byReceiptNumber", query = "SELECT c FROM Complaint c WHERE c.receiptNumber = :n")
@NamedQuery(
        name = "Complaint.countByReceiptNumber",
        query = "SELECT COUNT(c) FROM Complaint c WHERE c.receiptNumber = :n")
public class Complaint {

    public static final int SUBJECT_MAX = 200;
    public static final int MESSAGE_TEXT_MAX = 100_000;
    public static final int EMAIL_MAX = 254;
    public static final int MESSAGE_MAX = NewComplaint.MESSAGE_MAX;

    /**
     * A mailbox address a citizen can be answered at: the local part of RFC 5322's characters (no quotes, angle
     * brackets, spaces or backslashes; dots anywhere, as Japanese carriers' older addresses have them, such as
     * {@code taro..yamada@docomo.ne.jp}), and a host name of labels and a top-level domain (Unicode IDN labels
     * allowed); never an address literal such as {@code [127.0.0.1]}.
     */
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}"
            + "@(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+"
            + "(?:\\p{L}{2,63}|xn--[A-Za-z0-9-]{1,59})");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "receipt_number", nullable = false, unique = true, length = 14)
    private String receiptNumber;

    /** The receipt secret's PBKDF2 hash; the secret itself is shown once and never stored. */
    @Column(name = "secret_hash", length = 120)
    private String secretHash;

    @Column(nullable = false, length = SUBJECT_MAX)
    private String subject;

    @Column(name = "message_text", nullable = false)
    private String messageText;

    /** The citizen's prefecture; null when unknown (reports from the mailbox or a partner's api). */
    @Column(name = "prefecture_code", length = 2)
    private String prefectureCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Intake intake;

    /** The advisor who filed it for a caller; null when the citizen filed it. */
    @Column(name = "filed_by", length = 64)
    private String filedBy;

    /** The flood the report came in (the web form's rate for its client passed), or null. */
    @Column(name = "flood_key", length = 24)
    private String floodKey;

    /** An SMS's sender as the phone showed it (see SmsSenders), its kind, and when it arrived; null for mail. */
    @Column(name = "sms_sender", length = SmsSenders.MAX)
    private String smsSender;

    @Column(name = "sms_sender_kind", length = 16)
    private String smsSenderKind;

    @Column(name = "sms_received_at")
    private Instant smsReceivedAt;

    @Column(name = "sms_carrier", length = 16)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private jp.spamcenter.complaint.api.SmsSenders.Carrier smsCarrier;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected Complaint() {}

    private Complaint(
            ReceiptNumber receiptNumber,
            String subject,
            String messageText,
            String prefectureCode,
            Channel channel,
            Instant receivedAt) {
        this.receiptNumber = receiptNumber.value();
        this.subject = subject;
        this.messageText = messageText;
        this.prefectureCode = prefectureCode;
        this.channel = channel;
        this.receivedAt = receivedAt;
    }

    /**
     * A complaint from what the citizen entered, or every reason why it cannot be taken.
     *
     * @throws ComplaintRejected listing each field that is missing or malformed
     */
    public static Complaint from(NewComplaint input, ReceiptNumber receiptNumber, Instant receivedAt) {
        var reasons = new ArrayList<Reason>();
        String subject = trimmed(input.subject());
        String text = input.messageText() == null ? "" : input.messageText().strip();
        String prefecture = trimmed(input.prefectureCode());
        // with the message itself, subject and text come from it; a description needs both
        boolean described = !input.hasMessage();
        boolean sms = input.channel() == Channel.SMS;
        // an SMS has no subject: its text is all there is
        check(reasons, "subject", described && !sms && subject.isEmpty(), "complaint.subject.required");
        check(reasons, "subject", subject.length() > SUBJECT_MAX, "complaint.subject.tooLong");
        check(reasons, "messageText", described && text.isEmpty(), "complaint.messageText.required");
        if (input.hasMessage()) {
            check(reasons, "message", input.rawMessage().length == 0, "complaint.message.empty");
            check(reasons, "message", input.rawMessage().length > MESSAGE_MAX, "complaint.message.tooLarge");
        }
        check(reasons, "messageText", text.length() > MESSAGE_TEXT_MAX, "complaint.messageText.tooLong");
        // a person filing is asked for the prefecture; machines forwarding reports do not know it
        boolean personFiles = input.intake() == Intake.WEB_FORM || input.intake() == Intake.PHONE;
        check(reasons, "prefecture", personFiles && prefecture.isEmpty(), "complaint.prefecture.required");
        check(
                reasons,
                "prefecture",
                !prefecture.isEmpty() && Prefectures.byCode(prefecture).isEmpty(),
                "complaint.prefecture.unknown");
        input.contactEmail().map(String::strip).ifPresent(email -> {
            check(reasons, "contactEmail", email.length() > EMAIL_MAX, "complaint.contactEmail.tooLong");
            check(reasons, "contactEmail", !EMAIL.matcher(email).matches(), "complaint.contactEmail.invalid");
        });
        String smsSender = null;
        if (sms && input.sms() != null) {
            String shown = trimmed(input.sms().sender());
            if (!shown.isEmpty()) {
                smsSender = SmsSenders.normalised(shown).orElse(null);
                check(reasons, "smsSender", smsSender == null, "complaint.smsSender.invalid");
            }
            Instant at = input.sms().receivedAt();
            check(
                    reasons,
                    "smsReceivedAt",
                    at != null && at.isAfter(receivedAt.plusSeconds(600)),
                    "complaint.smsReceivedAt.future");
        }
        if (!reasons.isEmpty()) {
            throw new ComplaintRejected(List.copyOf(reasons));
        }
        if (sms && described && subject.isEmpty()) {
            subject = smsSubject(smsSender, text);
        }
        var complaint = new Complaint(
                receiptNumber, subject, text, prefecture.isEmpty() ? null : prefecture, input.channel(), receivedAt);
        complaint.intake = input.intake();
        complaint.filedBy = input.filedBy();
        complaint.floodKey = input.floodKey();
        if (sms && input.sms() != null) {
            complaint.smsSender = smsSender;
            complaint.smsSenderKind =
                    smsSender == null ? null : SmsSenders.kind(smsSender).name();
            complaint.smsReceivedAt = input.sms().receivedAt();
            complaint.smsCarrier = input.sms().carrier();
        }
        return complaint;
    }

    /** What an SMS is listed as without a subject: its sender and the start of its text. */
    static String smsSubject(String sender, String text) {
        String firstLine = text.lines().findFirst().orElse("").strip();
        String title = "SMS" + (sender == null ? "" : " " + sender) + ": " + firstLine;
        return title.length() <= SUBJECT_MAX ? title : title.substring(0, SUBJECT_MAX - 1) + "…";
    }

    /** Whether an address looks like one a receipt can be mailed to. */
    public static boolean isMailable(String email) {
        return email != null
                && email.length() <= EMAIL_MAX
                && EMAIL.matcher(email).matches();
    }

    /**
     * The subject and text read from the message by its analysis, for a report that came without them (from the
     * mailbox or a partner).
     */
    public void describeFrom(String messageSubject, String messageText) {
        if (subject.isBlank() && messageSubject != null) {
            subject = cut(messageSubject.strip(), SUBJECT_MAX);
        }
        if (this.messageText.isBlank() && messageText != null) {
            this.messageText = cut(messageText.strip(), MESSAGE_TEXT_MAX);
        }
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static String trimmed(String s) {
        return s == null ? "" : s.strip();
    }

    private static void check(List<Reason> reasons, String field, boolean failed, String key) {
        if (failed) {
            reasons.add(new Reason(field, key));
        }
    }

    public ComplaintId id() {
        if (id == null) {
            throw new IllegalStateException("complaint not stored yet");
        }
        return new ComplaintId(id);
    }

    /** Keeps the hash of the secret the citizen was given. */
    public void protectWith(String secret) {
        this.secretHash = ReceiptSecret.hash(secret);
    }

    /** Whether the citizen's secret is this complaint's; false when it has none (filed before secrets). */
    public boolean hasSecret(String typed) {
        return secretHash != null && ReceiptSecret.matches(typed, secretHash);
    }

    public ReceiptNumber receiptNumber() {
        return new ReceiptNumber(receiptNumber);
    }

    public String subject() {
        return subject;
    }

    public String messageText() {
        return messageText;
    }

    public String prefectureCode() {
        return prefectureCode;
    }

    /** The advisor who filed it for a caller, or the partner that passed it on; null when the citizen did. */
    public String filedBy() {
        return filedBy;
    }

    public String smsSender() {
        return smsSender;
    }

    public String smsSenderKind() {
        return smsSenderKind;
    }

    public Instant smsReceivedAt() {
        return smsReceivedAt;
    }

    /** The network of the phone that received the SMS, or null when not told. */
    public jp.spamcenter.complaint.api.SmsSenders.Carrier smsCarrier() {
        return smsCarrier;
    }

    public String floodKey() {
        return floodKey;
    }

    public Intake intake() {
        return intake;
    }

    public Channel channel() {
        return channel;
    }

    public Instant receivedAt() {
        return receivedAt;
    }
}
