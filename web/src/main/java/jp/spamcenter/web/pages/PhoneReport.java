package jp.spamcenter.web.pages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.spamcenter.complaint.api.Channel;
import jp.spamcenter.complaint.api.ComplaintRejected;
import jp.spamcenter.complaint.api.ComplaintService;
import jp.spamcenter.complaint.api.NewComplaint;

/** An advisor files a caller's report during the call, and reads the receipt back to the caller. */
@Named
@ViewScoped
public class PhoneReport implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> INPUT_OF_FIELD = Map.of(
            "subject", "phone:subject",
            "messageText", "phone:messageText",
            "prefecture", "phone:prefecture",
            "contactEmail", "phone:contactEmail");

    @Inject
    ComplaintService complaints;

    @Inject
    StaffSession session;

    private Channel channel = Channel.MOBILE_MAIL;
    private String subject;
    private String messageText;
    private String prefectureCode;
    private String contactEmail;
    private String receiptNumber;
    private String secret;

    public void file() {
        try {
            var receipt = complaints.file(NewComplaint.byPhone(
                    subject,
                    messageText,
                    prefectureCode,
                    Optional.ofNullable(contactEmail),
                    channel,
                    session.getUsername()));
            receiptNumber = receipt.number().value();
            secret = receipt.secret();
        } catch (ComplaintRejected rejected) {
            rejected.reasons().forEach(reason -> Texts.error(INPUT_OF_FIELD.get(reason.field()), reason.messageKey()));
        }
    }

    /** Clears the form for the next call. */
    public void nextCall() {
        subject = null;
        messageText = null;
        prefectureCode = null;
        contactEmail = null;
        receiptNumber = null;
        secret = null;
        channel = Channel.MOBILE_MAIL;
    }

    public boolean isFiled() {
        return receiptNumber != null;
    }

    public List<Channel> getChannels() {
        return List.of(Channel.values());
    }

    public String getReceiptNumber() {
        return receiptNumber;
    }

    public String getSecret() {
        return secret;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel == null ? Channel.MOBILE_MAIL : channel;
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
}
