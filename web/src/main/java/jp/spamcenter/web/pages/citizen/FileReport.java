package jp.spamcenter.web.pages.citizen;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import jp.spamcenter.complaint.api.Channel;
import jp.spamcenter.complaint.api.ComplaintRejected;
import jp.spamcenter.complaint.api.ComplaintService;
import jp.spamcenter.complaint.api.NewComplaint;
import jp.spamcenter.web.pages.shared.CenterClock;
import jp.spamcenter.web.pages.shared.ComplaintEntry;
import jp.spamcenter.web.pages.shared.Texts;

/** The citizen's report form: what they enter, and the receipt once it is filed. */
@Named
@ViewScoped
public class FileReport implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How the citizen gives the spam: the file, its pasted source, or a description. */
    public enum Mode {
        DESCRIBE,
        UPLOAD,
        SOURCE
    }

    /** File names that are certainly no e-mail message: a clear answer before reading them. */
    private static final java.util.regex.Pattern NOT_A_MESSAGE =
            java.util.regex.Pattern.compile("(?i).*\\.(jpe?g|png|gif|heic|webp|pdf|docx?|xlsx?|pptx?|zip|mp4|mov)$");

    @Inject
    ComplaintService complaints;

    @Inject
    WebFilingFlood flood;

    private final ComplaintEntry entry = new ComplaintEntry("report", Channel.PC_MAIL);
    private Mode mode = Mode.DESCRIBE;
    private String source;
    private transient Part file; // only during the request that uploads it

    private String receiptNumber;
    private String secret;
    private Instant receivedAt;
    private String mailedTo;

    public void file() {
        NewComplaint.Sms sms;
        try {
            sms = entry.sms();
        } catch (IllegalArgumentException notADate) {
            Texts.error("report:smsReceivedAt", "complaint.smsReceivedAt.invalid");
            return;
        }
        byte[] message;
        try {
            message = message();
        } catch (IOException e) {
            Texts.error(messageInput(), "complaint.message.unreadable");
            return;
        }
        Mode mode = effectiveMode();
        if (message == null && mode != Mode.DESCRIBE) {
            return; // message() has said why
        }
        try {
            var report = NewComplaint.onWebForm(
                    mode == Mode.DESCRIBE && !entry.isSms() ? entry.getSubject() : null,
                    mode == Mode.DESCRIBE ? entry.getMessageText() : null,
                    entry.getPrefectureCode(),
                    entry.contact(),
                    entry.getChannel(),
                    message);
            if (sms != null) {
                report = report.withSms(sms);
            }
            // past the client's rate the report is kept all the same, and joins its flood's one case
            var receipt =
                    complaints.file(flood.keyOfThisClient().map(report::inFlood).orElse(report));
            flood.filed();
            receiptNumber = receipt.number().value();
            secret = receipt.secret();
            receivedAt = receipt.receivedAt();
            mailedTo = entry.contact().map(FileReport::masked).orElse(null);
            String prefecture = entry.getPrefectureCode(); // the citizen's next report is from there too
            entry.clear();
            entry.setPrefectureCode(prefecture);
            source = null;
        } catch (ComplaintRejected rejected) {
            entry.show(rejected, messageInput());
            Texts.error(null, "report.fixErrors", rejected.reasons().size());
        }
    }

    /** An SMS is told by its text (there is no message file to send); mail by the mode chosen. */
    private Mode effectiveMode() {
        return entry.isSms() ? Mode.DESCRIBE : mode;
    }

    /** The message's bytes for an upload or a pasted source; null for a description, or when unusable. */
    private byte[] message() throws IOException {
        switch (effectiveMode()) {
            case UPLOAD -> {
                if (file == null || file.getSize() == 0) {
                    Texts.error("report:file", "complaint.message.empty");
                    return null;
                }
                if (file.getSize() > NewComplaint.MESSAGE_MAX) {
                    Texts.error("report:file", "complaint.message.tooLarge");
                    return null;
                }
                if (file.getSubmittedFileName() != null
                        && NOT_A_MESSAGE.matcher(file.getSubmittedFileName()).matches()) {
                    Texts.error("report:file", "complaint.message.wrongType");
                    return null;
                }
                try (InputStream in = file.getInputStream()) {
                    return in.readAllBytes();
                }
            }
            case SOURCE -> {
                if (source == null || source.isBlank()) {
                    Texts.error("report:source", "complaint.message.empty");
                    return null;
                }
                return source.getBytes(StandardCharsets.UTF_8);
            }
            default -> {
                return null;
            }
        }
    }

    private String messageInput() {
        return mode == Mode.UPLOAD ? "report:file" : "report:source";
    }

    public List<Mode> getModes() {
        return List.of(Mode.values());
    }

    /** The subject, text, prefecture, channel and contact as typed. */
    public ComplaintEntry getEntry() {
        return entry;
    }

    /** Starts a new report after a receipt was shown. */
    public void another() {
        receiptNumber = null;
        secret = null;
        receivedAt = null;
    }

    /**
     * Where the receipt is mailed, partly hidden ({@code t***@example.jp}) for whoever looks at the screen;
     * null when the citizen gave no address and no mail is sent.
     */
    public String getMailedTo() {
        return mailedTo;
    }

    static String masked(String address) {
        int at = address.lastIndexOf('@');
        if (at <= 0) {
            return "***";
        }
        return address.charAt(0) + "***" + address.substring(at);
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
        return CenterClock.at(receivedAt);
    }

    public Mode getMode() {
        return mode;
    }

    public void setMode(Mode mode) {
        this.mode = mode == null ? Mode.DESCRIBE : mode;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
