package jp.spamcenter.web.pages.advisor;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import jp.spamcenter.advice.api.CaseChangeRejected;
import jp.spamcenter.advice.api.CaseDesk;
import jp.spamcenter.advice.api.CasePriority;
import jp.spamcenter.advice.api.CaseQueue;
import jp.spamcenter.advice.api.CaseStatus;
import jp.spamcenter.advice.api.CaseView;
import jp.spamcenter.advice.api.CloseReason;
import jp.spamcenter.advice.api.Guidance;
import jp.spamcenter.advice.api.GuidanceRejected;
import jp.spamcenter.complaint.api.AnalysisResult;
import jp.spamcenter.complaint.api.ComplaintEvidence;
import jp.spamcenter.complaint.api.ComplaintEvidence.Evidence;
import jp.spamcenter.complaint.api.ComplaintId;
import jp.spamcenter.complaint.api.ReceiptNumber;
import jp.spamcenter.web.pages.shared.FigureLabels;
import jp.spamcenter.web.pages.shared.Texts;
import jp.spamcenter.web.pages.staff.StaffSession;

/**
 * One case as an advisor works it: the evidence of its reports, the history, and every action on the case
 * (take, status, priority, close, merge, note, reply) without leaving the page.
 */
@Named
@ViewScoped
public class CaseDetail implements Serializable {

    /** The center's clock. */
    @Inject
    Clock clock;

    private static final long serialVersionUID = 1L;

    @Inject
    CaseDesk desk;

    @Inject
    CaseQueue queue;

    @Inject
    ComplaintEvidence evidenceDesk;

    @Inject
    StaffSession session;

    @Inject
    Guidance guidance;

    private Long id;
    private CaseView view;
    private long evidenceOf;
    private Evidence evidence;
    private CaseStatus moveTo;
    private CasePriority priority;
    private CloseReason closeReason = CloseReason.ADVISED;
    private String mergeInto;
    private String note;
    private String reply;
    private boolean awaitAnswer;
    private Long articleId;
    private String carrier;
    private String replyLanguage = "ja";
    /** The purpose chosen for reading another advisor's case (a key of ReadPurposes), and its words as logged. */
    private String purpose;

    private String purposeGiven;
    private boolean htmlShown;
    private Long pendingEvidence;

    /** The view action: the case of the {@code id} parameter, and the evidence of its first report. */
    public String load() {
        if (id == null) {
            return "/advisor/cases?faces-redirect=true";
        }
        view = desk.open(id, session.getUsername()).orElse(null);
        if (view == null) {
            Texts.error(null, "case.rejected.notFound");
            return null;
        }
        priority = view.summary().priority();
        if (!view.reports().isEmpty()) {
            showEvidence(view.reports().get(0).complaintId());
        }
        return null;
    }

    /**
     * Whether reading this case's evidence needs a purpose: the case is another advisor's. An advisor's own
     * cases and the unassigned ones (everybody's queue) are their work; another's case is read only for a
     * reason, which the access log keeps.
     */
    public boolean isPurposeNeeded() {
        return view != null && view.summary().assignee() != null && !isMine();
    }

    /** The purposes an advisor may give for reading another advisor's case. */
    public List<String> getPurposes() {
        return jp.spamcenter.web.pages.shared.ReadPurposes.KEYS;
    }

    /** Shows the spam's sanitised HTML in its frame (read, and logged, only when asked for). */
    public void showHtml() {
        htmlShown = true;
    }

    public boolean isHtmlShown() {
        return htmlShown;
    }

    /** The HTML frame's address: the report's, with the purpose given for another advisor's case. */
    public String getHtmlAddress() {
        return "/api/v1/complaints/" + evidenceOf + "/html" + purposeQuery();
    }

    /** The .eml download's address: the report's, with the purpose given for another advisor's case. */
    public String getOriginalAddress() {
        return "/api/v1/complaints/" + evidenceOf + "/original" + purposeQuery();
    }

    private String purposeQuery() {
        return isPurposeNeeded() && purpose != null ? "?purpose=" + purpose : "";
    }

    /** Reads the evidence for the chosen purpose. */
    public void readForPurpose() {
        purposeGiven = jp.spamcenter.web.pages.shared.ReadPurposes.logged(purpose);
        if (purposeGiven == null) {
            Texts.error("purpose:purpose", "case.purpose.required");
            return;
        }
        if (pendingEvidence != null) {
            showEvidence(pendingEvidence);
        }
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    /** The report whose evidence waits for a purpose, or null. */
    public Long getPendingEvidence() {
        return pendingEvidence;
    }

    /** The case as it is now (after a step elsewhere on the page), the evidence shown left as it is. */
    public void refresh() {
        if (id != null) {
            view = desk.find(id).orElse(view);
            if (view != null) {
                priority = view.summary().priority();
            }
        }
    }

    public void showEvidence(long complaintId) {
        evidenceOf = complaintId;
        htmlShown = false;
        if (isPurposeNeeded() && purposeGiven == null) {
            pendingEvidence = complaintId; // nothing is read until the advisor says why
            evidence = null;
            return;
        }
        pendingEvidence = null;
        evidence = evidenceDesk
                .evidence(new ComplaintId(complaintId), session.getUsername(), isPurposeNeeded() ? purposeGiven : null)
                .orElse(null);
    }

    public void take() {
        change(() -> desk.take(id, me()), "case.done.taken");
    }

    public void move() {
        if (moveTo == null) {
            return;
        }
        change(() -> desk.move(id, moveTo, me(), view.version()), "case.done.moved");
    }

    public void prioritise() {
        change(() -> desk.prioritise(id, priority, me(), view.version()), "case.done.prioritised");
    }

    public void close() {
        change(() -> desk.close(id, closeReason, me(), view.version()), "case.done.closed");
    }

    /** Merges this case into the case of the receipt number typed, the way advisors name cases. */
    public void merge() {
        var receipt = ReceiptNumber.parse(mergeInto);
        if (receipt.isEmpty()) {
            Texts.error("caseActions:mergeInto", "case.mergeInto.required");
            return;
        }
        var kept = queue.caseOf(receipt.get());
        if (kept.isEmpty()) {
            Texts.error("caseActions:mergeInto", "case.mergeInto.notFound");
            return;
        }
        long target = kept.get().caseId();
        if (change(() -> desk.merge(id, target, me()), "case.done.merged")) {
            mergeInto = null;
        }
        if (view != null && view.summary().caseId() != id) {
            id = view.summary().caseId(); // the page follows the kept case
        }
    }

    public void addNote() {
        if (note == null || note.isBlank()) {
            Texts.error("conversation:note", "case.text.required");
            return;
        }
        if (change(() -> desk.note(id, note, me()), "case.done.noted")) {
            note = null;
        }
    }

    public void sendReply() {
        if (reply == null || reply.isBlank()) {
            Texts.error("conversation:reply", "case.text.required");
            return;
        }
        if (change(() -> desk.reply(id, reply, awaitAnswer, me()), "case.done.replied")) {
            reply = null;
            awaitAnswer = false;
        }
    }

    /**
     * Puts the chosen article, filled in for this case, at the end of the reply being written, after a greeting
     * with the receipt number when the reply is empty; the advisor edits it before sending. Placeholders without
     * a value stay visible and are named.
     */
    public void insertArticle() {
        if (articleId == null) {
            Texts.error("conversation:article", "guidance.choose");
            return;
        }
        try {
            var filled = guidance.fillForCase(
                    articleId,
                    Locale.forLanguageTag(replyLanguage),
                    view.summary().caseId(),
                    carrier,
                    LocalDate.now(clock));
            boolean greeted = reply != null && !reply.isBlank();
            // an article is advice; the greeting with the receipt number is the reply's, written once
            String greeting = FigureLabels.text(Locale.forLanguageTag(replyLanguage), "reply.greeting")
                    .replace("{0}", filled.greetingReceipt());
            reply = greeted ? reply.stripTrailing() + "\n\n" + filled.text() : greeting + "\n\n" + filled.text();
            if (!filled.unfilled().isEmpty()) {
                Texts.info("guidance.unfilled", String.join(", ", filled.unfilled()));
            }
            if (filled.receiptPerCitizen() && (!greeted || filled.articleKeepsReceipt())) {
                Texts.info("guidance.receiptPerCitizen");
            }
        } catch (GuidanceRejected e) {
            Texts.error("conversation:article", "guidance.rejected." + e.code());
        }
    }

    /** The published articles for the case's category and for every category. */
    public List<Guidance.Article> getArticles() {
        if (view == null) {
            return List.of();
        }
        return guidance.articles(view.summary().category()).stream()
                .filter(a -> a.published() != null)
                .toList();
    }

    public String articleTitle(Guidance.Article article) {
        return article.title(Locale.forLanguageTag(replyLanguage));
    }

    /** Runs a change and shows the case as it is now; a refusal is shown in the user's language. */
    private boolean change(Supplier<CaseView> action, String done) {
        try {
            view = action.get();
            priority = view.summary().priority();
            moveTo = null;
            Texts.info(done);
            return true;
        } catch (CaseChangeRejected e) {
            Texts.error(null, "case.rejected." + e.code());
            view = desk.find(id).orElse(view);
            return false;
        }
    }

    private String me() {
        return session.getUsername();
    }

    public boolean isMine() {
        return view != null && me().equals(view.summary().assignee());
    }

    public boolean isOverdue() {
        return view != null && view.summary().overdueAt(clock.instant());
    }

    /** The history, newest first: what happened last is what the advisor reads first. */
    public List<CaseView.Entry> getHistoryNewestFirst() {
        if (view == null) {
            return List.of();
        }
        var entries = new java.util.ArrayList<>(view.history());
        java.util.Collections.reverse(entries);
        return entries;
    }

    public AnalysisResult getAnalysis() {
        return evidence == null ? null : evidence.analysis();
    }

    public List<CaseStatus> getNextStatuses() {
        return view == null
                ? List.of()
                : view.nextStatuses().stream()
                        .filter(s -> s != CaseStatus.CLOSED)
                        .toList();
    }

    public CasePriority[] getPriorities() {
        return CasePriority.values();
    }

    public CloseReason[] getCloseReasons() {
        return new CloseReason[] {
            CloseReason.ADVISED, CloseReason.REFERRED, CloseReason.NO_ANSWER, CloseReason.OUT_OF_SCOPE
        };
    }

    public Long getArticleId() {
        return articleId;
    }

    public void setArticleId(Long articleId) {
        this.articleId = articleId;
    }

    public String getCarrier() {
        return carrier;
    }

    public void setCarrier(String carrier) {
        this.carrier = carrier;
    }

    public String getReplyLanguage() {
        return replyLanguage;
    }

    public void setReplyLanguage(String replyLanguage) {
        this.replyLanguage = "en".equals(replyLanguage) ? "en" : "ja";
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CaseView getView() {
        return view;
    }

    public long getEvidenceOf() {
        return evidenceOf;
    }

    public Evidence getEvidence() {
        return evidence;
    }

    public CaseStatus getMoveTo() {
        return moveTo;
    }

    public void setMoveTo(CaseStatus moveTo) {
        this.moveTo = moveTo;
    }

    public CasePriority getPriority() {
        return priority;
    }

    public void setPriority(CasePriority priority) {
        this.priority = priority;
    }

    public CloseReason getCloseReason() {
        return closeReason;
    }

    public void setCloseReason(CloseReason closeReason) {
        this.closeReason = closeReason;
    }

    public String getMergeInto() {
        return mergeInto;
    }

    public void setMergeInto(String mergeInto) {
        this.mergeInto = mergeInto;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }

    public boolean isAwaitAnswer() {
        return awaitAnswer;
    }

    public void setAwaitAnswer(boolean awaitAnswer) {
        this.awaitAnswer = awaitAnswer;
    }
}
