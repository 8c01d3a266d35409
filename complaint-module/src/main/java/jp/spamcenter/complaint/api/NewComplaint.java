package jp.spamcenter.complaint.api;

import java.util.Optional;

/**
 * What a citizen tells the center about a spam message on the web form: the message itself (an uploaded
 * .eml or its pasted source), or a description of it when the source is not at hand.
 *
 * @param subject the message's subject as the citizen saw it (taken from the message when one is given)
 * @param messageText the message's text, typed or pasted (taken from the message when one is given)
 * @param prefectureCode the citizen's prefecture (JIS X 0401 code)
 * @param contactEmail where the center may answer; empty for an anonymous report
 * @param channel how the spam reached the citizen
 * @param rawMessage the message's bytes exactly as uploaded or pasted, or null for a description
 * @param intake the way the report reached the center
 * @param filedBy the advisor who filed it for a caller (username), or null when the citizen filed it
 * @param floodKey set when the report came beyond the web form's rate for its client (a flood): such reports are
 *     kept, analysed and counted like any other, but join one case per key instead of opening one each; at most
 *     24 characters, never the client's address itself
 * @param sms what the phone showed of an SMS (its sender, when it arrived), or null
 */
public record NewComplaint(
        String subject,
        String messageText,
        String prefectureCode,
        Optional<String> contactEmail,
        Channel channel,
        byte[] rawMessage,
        Intake intake,
        String filedBy,
        String floodKey,
        Sms sms) {

    /**
     * An SMS as the citizen's phone showed it.
     *
     * @param sender the number, short code or name the phone showed, as typed (checked by {@link SmsSenders})
     * @param receivedAt when it arrived, or null when the citizen does not know
     * @param carrier the mobile network of the phone that received it, or null when not told
     */
    public record Sms(String sender, java.time.Instant receivedAt, SmsSenders.Carrier carrier) {}

    /** The largest message a report can carry, uploaded, pasted or sent (the analysis's limit too). */
    public static final int MESSAGE_MAX = 25 * 1024 * 1024;

    public NewComplaint {
        if (floodKey != null && (floodKey.isBlank() || floodKey.length() > 24)) {
            throw new IllegalArgumentException("a flood key has 1 to 24 characters");
        }
        if (intake == null) {
            intake = Intake.WEB_FORM;
        }
        contactEmail = contactEmail == null ? Optional.empty() : contactEmail.filter(s -> !s.isBlank());
        if (channel == null) {
            channel = Channel.PC_MAIL;
        }
    }

    /** A report outside any flood. */
    public NewComplaint(
            String subject,
            String messageText,
            String prefectureCode,
            Optional<String> contactEmail,
            Channel channel,
            byte[] rawMessage,
            Intake intake,
            String filedBy) {
        this(subject, messageText, prefectureCode, contactEmail, channel, rawMessage, intake, filedBy, null, null);
    }

    /** A report, come in a flood or not, without an SMS's details. */
    public NewComplaint(
            String subject,
            String messageText,
            String prefectureCode,
            Optional<String> contactEmail,
            Channel channel,
            byte[] rawMessage,
            Intake intake,
            String filedBy,
            String floodKey) {
        this(subject, messageText, prefectureCode, contactEmail, channel, rawMessage, intake, filedBy, floodKey, null);
    }

    /** The same report with what the phone showed of the SMS. */
    public NewComplaint withSms(Sms details) {
        return new NewComplaint(
                subject,
                messageText,
                prefectureCode,
                contactEmail,
                channel,
                rawMessage,
                intake,
                filedBy,
                floodKey,
                details);
    }

    /** The same report, come in a flood of its client's reports (see {@code floodKey}). */
    public NewComplaint inFlood(String key) {
        return new NewComplaint(
                subject, messageText, prefectureCode, contactEmail, channel, rawMessage, intake, filedBy, key, sms);
    }

    /** A description typed on the form, without the message itself. */
    public NewComplaint(String subject, String messageText, String prefectureCode, Optional<String> contactEmail) {
        this(subject, messageText, prefectureCode, contactEmail, Channel.PC_MAIL, null, Intake.WEB_FORM, null);
    }

    /** A citizen's own report on the web form. */
    public static NewComplaint onWebForm(
            String subject,
            String messageText,
            String prefectureCode,
            Optional<String> contactEmail,
            Channel channel,
            byte[] rawMessage) {
        return new NewComplaint(
                subject, messageText, prefectureCode, contactEmail, channel, rawMessage, Intake.WEB_FORM, null);
    }

    /** A caller's report, filed by an advisor during the call. */
    public static NewComplaint byPhone(
            String subject,
            String messageText,
            String prefectureCode,
            Optional<String> contactEmail,
            Channel channel,
            String advisor) {
        return new NewComplaint(
                subject, messageText, prefectureCode, contactEmail, channel, null, Intake.PHONE, advisor);
    }

    public boolean hasMessage() {
        return rawMessage != null;
    }
}
