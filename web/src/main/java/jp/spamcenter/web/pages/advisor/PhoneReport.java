package jp.spamcenter.web.pages.advisor;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.spamcenter.complaint.api.Channel;
import jp.spamcenter.complaint.api.ComplaintRejected;
import jp.spamcenter.complaint.api.ComplaintService;
import jp.spamcenter.complaint.api.NewComplaint;
import jp.spamcenter.web.pages.shared.ComplaintEntry;
import jp.spamcenter.web.pages.staff.StaffSession;

/** An advisor files a caller's report during the call, and reads the receipt back to the caller. */
@Named
@ViewScoped
public class PhoneReport implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ComplaintService complaints;

    @Inject
    StaffSession session;

    private final ComplaintEntry entry = new ComplaintEntry("phone", Channel.MOBILE_MAIL);
    private String receiptNumber;
    private String secret;

    public void file() {
        try {
            var report = NewComplaint.byPhone(
                    entry.getSubject(),
                    entry.getMessageText(),
                    entry.getPrefectureCode(),
                    entry.contact(),
                    entry.getChannel(),
                    session.getUsername());
            // the caller reads out the SMS's sender and says whose phone it is; when it came is not asked
            var receipt = complaints.file(
                    entry.isSms()
                            ? report.withSms(new NewComplaint.Sms(entry.getSmsSender(), null, entry.getSmsCarrier()))
                            : report);
            receiptNumber = receipt.number().value();
            secret = receipt.secret();
        } catch (ComplaintRejected rejected) {
            entry.show(rejected, null);
        }
    }

    /** Clears the form for the next call. */
    public void nextCall() {
        entry.clear();
        receiptNumber = null;
        secret = null;
    }

    public boolean isFiled() {
        return receiptNumber != null;
    }

    /** The subject, text, prefecture, channel and contact as the caller tells them. */
    public ComplaintEntry getEntry() {
        return entry;
    }

    public String getReceiptNumber() {
        return receiptNumber;
    }

    public String getSecret() {
        return secret;
    }
}
