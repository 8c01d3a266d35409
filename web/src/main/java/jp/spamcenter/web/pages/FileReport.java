package jp.spamcenter.web.pages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import jp.spamcenter.complaint.api.ComplaintRejected;
import jp.spamcenter.complaint.api.ComplaintService;
import jp.spamcenter.complaint.api.NewComplaint;

/** The citizen's report form: what they enter, and the receipt once it is filed. */
@Named
@ViewScoped
public class FileReport implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Which input each field of the complaint comes from, to put an error beside it. */
    private static final Map<String, String> INPUT_OF_FIELD = Map.of(
            "subject", "report:subject",
            "messageText", "report:messageText",
            "prefecture", "report:prefecture",
            "contactEmail", "report:contactEmail");

    @Inject
    ComplaintService complaints;

    private String subject;
    private String messageText;
    private String prefectureCode;
    private String contactEmail;

    private String receiptNumber;
    private String secret;
    private Instant receivedAt;

    public void file() {
        try {
            var receipt = complaints.file(
                    new NewComplaint(subject, messageText, prefectureCode, Optional.ofNullable(contactEmail)));
            receiptNumber = receipt.number().value();
            secret = receipt.secret();
            receivedAt = receipt.receivedAt();
            subject = null;
            messageText = null;
            contactEmail = null;
        } catch (ComplaintRejected rejected) {
            rejected.reasons().forEach(reason -> Texts.error(INPUT_OF_FIELD.get(reason.field()), reason.messageKey()));
            Texts.error(null, "report.fixErrors", rejected.reasons().size());
        }
    }

    /** Starts a new report after a receipt was shown. */
    public void another() {
        receiptNumber = null;
        secret = null;
        receivedAt = null;
    }

    public boolean isFiled() {
        return receiptNumber != null;
    }

    public String getReceiptNumber() {
        return receiptNumber;
    }

    /** Shown on the receipt this once; the center keeps only its hash. */
    public String getSecret() {
        return secret;
    }

    /** When the center received the report, on the center's clock (Japan time). */
    public ZonedDateTime getReceivedAt() {
        return receivedAt == null ? null : receivedAt.atZone(CenterClock.ZONE);
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
