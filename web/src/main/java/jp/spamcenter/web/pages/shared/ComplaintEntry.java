package jp.spamcenter.web.pages.shared;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import jp.spamcenter.complaint.api.Channel;
import jp.spamcenter.complaint.api.ComplaintRejected;

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

    public ComplaintEntry(String formId, Channel defaultChannel) {
        this.formId = formId;
        this.defaultChannel = defaultChannel;
        this.channel = defaultChannel;
    }

    /** Each reason beside its input ({@code form:subject}, …); a reason about the message beside that input. */
    public void show(ComplaintRejected rejected, String messageInput) {
        rejected.reasons()
                .forEach(reason -> Texts.error(
                        "message".equals(reason.field()) ? messageInput : formId + ":" + reason.field(),
                        reason.messageKey())); // the complaint's field names are the inputs' ids
    }

    /** Empties the form, keeping the channel's default. */
    public void clear() {
        subject = null;
        messageText = null;
        prefectureCode = null;
        contactEmail = null;
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
}
