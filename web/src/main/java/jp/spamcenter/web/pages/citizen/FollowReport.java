package jp.spamcenter.web.pages.citizen;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import jp.spamcenter.advice.api.CaseChangeRejected;
import jp.spamcenter.advice.api.CaseConversation;
import jp.spamcenter.advice.api.CaseStatus;
import jp.spamcenter.complaint.api.ComplaintFollowUp;
import jp.spamcenter.complaint.api.ComplaintSummary;
import jp.spamcenter.complaint.api.FollowUp;
import jp.spamcenter.web.http.ClientAddress;
import jp.spamcenter.web.http.RateLimits;
import jp.spamcenter.web.pages.shared.CenterClock;
import jp.spamcenter.web.pages.shared.Texts;

/**
 * The citizen's status page: receipt number and secret in; the report's state, the center's replies and the
 * citizen's answers out, and a form to answer. View-scoped so that answering needs no second look-up; the
 * secret itself is never kept.
 */
@Named
@ViewScoped
public class FollowReport implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * Failed look-ups per client address per window, across all receipt numbers: a citizen who finds their
     * report is never counted, however often they look (homes and carrier networks share one address).
     */
    static final int FAILURES_PER_WINDOW = 20;

    static final Duration WINDOW = Duration.ofMinutes(10);

    @Inject
    ComplaintFollowUp followUp;

    @Inject
    CaseConversation conversations;

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
    private List<CaseConversation.Message> messages = List.of();
    private List<CaseConversation.ReferredTo> referrals = List.of();
    private String answer;

    public void lookUp() {
        String address = clientAddress.of(request);
        String failures = "receipt-lookup-failed:" + address;
        if (limits.reached(failures, FAILURES_PER_WINDOW, WINDOW)) {
            Texts.error(null, "status.tooMany", WINDOW.toMinutes());
            return;
        }
        FollowUp answer = followUp.lookUp(receiptNumber, secret, address);
        secret = null;
        if (answer instanceof FollowUp.Found found) {
            report = found.complaint();
            refresh();
            return;
        }
        limits.count(failures, WINDOW);
        if (answer instanceof FollowUp.Locked locked) {
            Texts.error(null, "status.locked", java.util.Date.from(locked.until()));
        } else {
            Texts.error(null, "status.notFound");
        }
    }

    private void refresh() {
        var conversation = conversations.of(report.id());
        status = conversation.map(CaseConversation.Conversation::status).orElse(CaseStatus.NEW);
        messages = conversation.map(CaseConversation.Conversation::messages).orElse(List.of());
        referrals = conversation.map(CaseConversation.Conversation::referrals).orElse(List.of());
    }

    /** The citizen's answer to the center, on the case of this report. */
    public void sendAnswer() {
        if (report == null) {
            return;
        }
        if (answer == null || answer.isBlank()) {
            Texts.error("follow:answer", "status.answer.required");
            return;
        }
        try {
            var conversation = conversations.answer(report.id(), answer);
            status = conversation.status();
            messages = conversation.messages();
            referrals = conversation.referrals();
            answer = null;
            Texts.info("status.answer.sent");
        } catch (CaseChangeRejected e) {
            Texts.error("follow:answer", "status.answer." + ("textTooLong".equals(e.code()) ? "tooLong" : "notYet"));
        }
    }

    public List<CaseConversation.Message> getMessages() {
        return messages;
    }

    /**
     * Where the case was passed on, one sentence each in the page's language: to whom, when, and what the
     * citizen can expect from there.
     */
    public List<String> getReferrals() {
        return referrals.stream()
                .map(r -> Texts.text("status.referred." + r.kind(), r.destination(), java.util.Date.from(r.sentAt())))
                .toList();
    }

    public boolean isAnswerable() {
        return report != null && status != null && status != CaseStatus.NEW && !messages.isEmpty();
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
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
        return report == null ? null : CenterClock.at(report.receivedAt());
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
