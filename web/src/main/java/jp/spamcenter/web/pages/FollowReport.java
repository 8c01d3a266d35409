package jp.spamcenter.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.ZonedDateTime;
import jp.spamcenter.advice.api.CaseQueue;
import jp.spamcenter.advice.api.CaseStatus;
import jp.spamcenter.complaint.api.ComplaintFollowUp;
import jp.spamcenter.complaint.api.ComplaintSummary;
import jp.spamcenter.complaint.api.FollowUp;
import jp.spamcenter.web.http.ClientAddress;
import jp.spamcenter.web.http.RateLimits;

/** The citizen's status page: receipt number and secret in, the report's state out. */
@Named
@RequestScoped
public class FollowReport {

    /** Look-ups per client address per window, across all receipt numbers. */
    static final int LOOKUPS_PER_WINDOW = 20;

    static final Duration WINDOW = Duration.ofMinutes(10);

    @Inject
    ComplaintFollowUp followUp;

    @Inject
    CaseQueue cases;

    @Inject
    RateLimits limits;

    @Inject
    HttpServletRequest request;

    @Inject
    ClientAddress clientAddress;

    private String receiptNumber;
    private String secret;
    private ComplaintSummary report;
    private CaseStatus status;

    public void lookUp() {
        if (!limits.tryAcquire("receipt-lookup:" + clientAddress.of(request), LOOKUPS_PER_WINDOW, WINDOW)) {
            Texts.error(null, "status.tooMany", WINDOW.toMinutes());
            return;
        }
        FollowUp answer = followUp.lookUp(receiptNumber, secret);
        secret = null;
        if (answer instanceof FollowUp.Found found) {
            report = found.complaint();
            status = cases.caseOf(report.id()).map(c -> c.status()).orElse(CaseStatus.NEW);
        } else if (answer instanceof FollowUp.Locked locked) {
            Texts.error(null, "status.locked", java.util.Date.from(locked.until()));
        } else {
            Texts.error(null, "status.notFound");
        }
    }

    public boolean isFound() {
        return report != null;
    }

    public ComplaintSummary getReport() {
        return report;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public ZonedDateTime getReceivedAt() {
        return report == null ? null : report.receivedAt().atZone(CenterClock.ZONE);
    }

    public String getReceiptNumber() {
        return receiptNumber;
    }

    public void setReceiptNumber(String receiptNumber) {
        this.receiptNumber = receiptNumber;
    }

    public String getSecret() {
        return secret;
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }
}
