package jp.spamcenter.web.pages.shared;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import jp.spamcenter.complaint.api.CenterTime;
import jp.spamcenter.complaint.api.Channel;
import jp.spamcenter.complaint.api.ComplaintRejected;
import jp.spamcenter.complaint.api.NewComplaint;

/**
 * What a person types about a spam message, shared by the citizen's form and the advisor's phone form, and
 * the errors of a rejected complaint put beside the inputs of the form that shows it.
 */
public class ComplaintEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String formId;
    private final Channel defaultChannel;

    private Channel channel;
    private String subject;
    private String messageText;
    private String prefectureCode;
    private String contactEmail;
    private String smsSender;
    /** When the SMS arrived, as a browser's date and time field sends it ({@code 2026-12-06T14:30}), Japan time. */
    private String smsReceivedAt;
    /** The network of the phone that received the SMS, or null when the citizen does not say. */
    private jp.spamcenter.complaint.api.SmsSenders.Carrier smsCarrier;

    public ComplaintEntry(String formId, Channel defaultChannel) {
        this.formId = formId;
        this.defaultChannel = defaultChannel;
        this.channel = defaultChannel;
    }

    /** Each reason beside its input ({@code form:subject}, …); a reason about the message beside that input. */
    public void show(ComplaintRejected rejected, String messageInput) {
        rejected.reasons()
                .forEach(reason -> Texts.error(
                        "message".equals(reason.field())
                                ? messageInput
                                : formId + ":"
                                        + (isSms() && "messageText".equals(reason.field())
                                                ? "smsText"
                                                : reason.field()),
                        reason.messageKey())); // the complaint's field names are the inputs' ids
    }

    /** Whether the spam came as an SMS: the form asks for what an SMS has. */
    public boolean isSms() {
        return channel == Channel.SMS;
    }

    /**
     * What the phone showed of the SMS, or null for mail; the arrival read as Japan time.
     *
     * @throws IllegalArgumentException when the arrival is not a date and time
     */
    public NewComplaint.Sms sms() {
        if (!isSms()) {
            return null;
        }
        java.time.Instant at = null;
        if (smsReceivedAt != null && !smsReceivedAt.isBlank()) {
            try {
                at = java.time.LocalDateTime.parse(smsReceivedAt.strip())
                        .atZone(CenterTime.ZONE)
                        .toInstant();
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("not a date and time: " + smsReceivedAt, e);
            }
        }
        return new NewComplaint.Sms(smsSender, at, smsCarrier);
    }

    /** Empties the form, keeping the channel's default. */
    public void clear() {
        subject = null;
        messageText = null;
        prefectureCode = null;
        contactEmail = null;
        smsSender = null;
        smsReceivedAt = null;
        smsCarrier = null;
        channel = defaultChannel;
    }

    public Optional<String> contact() {
        return Optional.ofNullable(contactEmail);
    }

    public List<Channel> getChannels() {
        return List.of(Channel.values());
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel == null ? defaultChannel : channel;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getMessageText() {
        return messageText;
    }

    public void setMessageText(String messageText) {
        this.messageText = messageText;
    }

    public String getPrefectureCode() {
        return prefectureCode;
    }

    public void setPrefectureCode(String prefectureCode) {
        this.prefectureCode = prefectureCode;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getSmsSender() {
        return smsSender;
    }

    public void setSmsSender(String smsSender) {
        this.smsSender = smsSender;
    }

    public List<jp.spamcenter.complaint.api.SmsSenders.Carrier> getSmsCarriers() {
        return List.of(jp.spamcenter.complaint.api.SmsSenders.Carrier.values());
    }

    public jp.spamcenter.complaint.api.SmsSenders.Carrier getSmsCarrier() {
        return smsCarrier;
    }

    public void setSmsCarrier(jp.spamcenter.complaint.api.SmsSenders.Carrier smsCarrier) {
        this.smsCarrier = smsCarrier;
    }

    public String getSmsReceivedAt() {
        return smsReceivedAt;
    }

    public void setSmsReceivedAt(String smsReceivedAt) {
        this.smsReceivedAt = smsReceivedAt;
    }
}
