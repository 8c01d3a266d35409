package jp.spamcenter.advice.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import jp.spamcenter.advice.api.CaseChangeRejected;
import jp.spamcenter.advice.api.CaseEntryKind;
import jp.spamcenter.advice.api.CaseFigures;
import jp.spamcenter.advice.api.CasePriority;
import jp.spamcenter.advice.api.CaseStatus;
import jp.spamcenter.advice.api.CaseSummary;
import jp.spamcenter.advice.api.CaseView;
import jp.spamcenter.advice.api.CloseReason;
import jp.spamcenter.complaint.api.ComplaintReceived;

/**
 * One consultation: what an advisor works on. It refers to its complaint by id, and keeps the few facts of
 * the complaint it needs for its lists (carried by the event), never the complaint itself.
 *
 * <p>Every change returns the history entry that records it; the caller stores it with the case.
 */
@Entity
@Table(name = "adv_case")
@NamedQuery(
        name = "ConsultationCase.openOfCampaigns",
        query = "SELECT c FROM ConsultationCase c WHERE c.campaignKey IN :campaigns AND c.dueAt IS NOT NULL"
                + " ORDER BY c.campaignKey, c.id")
@NamedQuery(
        name = "ConsultationCase.answering",
        query = "SELECT c FROM ConsultationCase c, CaseReport r WHERE r.complaintId = :id AND c.id = r.caseId")
@NamedQuery(
        name = "ConsultationCase.ofReceipt",
        query = "SELECT c FROM ConsultationCase c, CaseReport r WHERE r.receiptNumber = :receipt AND c.id ="
                + " r.caseId")
@NamedQuery(
        name = "ConsultationCase.byIds",
        query = "SELECT c FROM ConsultationCase c WHERE c.id IN :ids ORDER BY c.id")
@NamedQuery(
        name = "ConsultationCase.after",
        query = "SELECT c FROM ConsultationCase c WHERE c.id > :after ORDER BY c.id")
@NamedQuery(name = "ConsultationCase.count", query = "SELECT COUNT(c) FROM ConsultationCase c")
@NamedQuery(
        name = "ConsultationCase.loads",
        query = "SELECT c.assignee, COUNT(c), SUM(CASE WHEN c.dueAt < :now THEN 1 ELSE 0 END) FROM"
                + " ConsultationCase c WHERE c.dueAt IS NOT NULL GROUP BY c.assignee ORDER BY c.assignee")
public class ConsultationCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "complaint_id", nullable = false, unique = true)
    private long complaintId;

    @Column(name = "receipt_number", nullable = false, length = 14)
    private String receiptNumber;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(name = "prefecture_code", length = 2)
    private String prefectureCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CaseStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CasePriority priority;

    /** UTC wall clock, as every time below. */
    @Column(name = "opened_at", nullable = false)
    private LocalDateTime openedAt;

    /** The complaint's category from its analysis (PHISHING, BILLING_FRAUD, …). */
    @Column(length = 20)
    private String category;

    /** The campaign of the report that opened the case (analysis's fingerprint), or null. */
    @Column(name = "campaign_key", length = 24)
    private String campaignKey;

    @Column(length = 100)
    private String assignee;

    @Column(name = "first_response_due", nullable = false)
    private LocalDateTime firstResponseDue;

    @Column(name = "resolution_due", nullable = false)
    private LocalDateTime resolutionDue;

    @Column(name = "first_response_at")
    private LocalDateTime firstResponseAt;

    @Column(name = "due_at")
    private LocalDateTime dueAt;

    @Column(name = "escalated_at")
    private LocalDateTime escalatedAt;

    @Column(name = "closed_at")
    private LocalDateTime closedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "close_reason", length = 20)
    private CloseReason closeReason;

    @Column(name = "merged_into")
    private Long mergedInto;

    /** When the citizen's first answer not yet read by the case's advisor came in; null when none waits. */
    @Column(name = "answer_unread_since")
    private LocalDateTime answerUnreadSince;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    private long version;

    protected ConsultationCase() {}

    /**
     * A new case for a complaint just received. Money or credentials at stake (billing fraud, phishing) make
     * it high priority from the start.
     */
    public static ConsultationCase openFor(ComplaintReceived complaint, Instant at, BusinessCalendar calendar) {
        var c = new ConsultationCase();
        c.complaintId = complaint.complaintId();
        c.receiptNumber = complaint.receiptNumber();
        c.subject = complaint.subject();
        c.prefectureCode = complaint.prefectureCode();
        c.status = CaseStatus.NEW;
        c.openedAt = utc(at);
        c.updatedAt = c.openedAt;
        c.category = complaint.category();
        c.campaignKey = complaint.campaignKey();
        c.priority = "PHISHING".equals(c.category) || "BILLING_FRAUD".equals(c.category)
                ? CasePriority.HIGH
                : CasePriority.NORMAL;
        c.setDeadlines(calendar);
        return c;
    }

    /**
     * The case is the one of a flood (a client's reports beyond the web form's rate): the flood's next reports
     * join it, as a campaign's machine reports join their campaign's case.
     */
    public void groupAs(String floodKey) {
        this.campaignKey = floodKey;
    }

    /** The history entry of the opening; needs the id, so after the case is stored. */
    public CaseEntry openingEntry() {
        return entry(openedAt.toInstant(ZoneOffset.UTC), null, CaseEntryKind.OPENED, receiptNumber, null, false);
    }

    /** Deadlines counted from the opening in working time; the current one from them. */
    private void setDeadlines(BusinessCalendar calendar) {
        var targets = ServiceTargets.of(priority);
        Instant opened = openedAt.toInstant(ZoneOffset.UTC);
        firstResponseDue = utc(calendar.plus(opened, targets.firstResponse()));
        resolutionDue = utc(calendar.plus(opened, targets.resolution()));
        updateDueAt();
    }

    private void updateDueAt() {
        if (!status.isOpen()) {
            dueAt = null;
        } else if (firstResponseAt == null && status != CaseStatus.REFERRED) {
            dueAt = firstResponseDue;
        } else {
            dueAt = resolutionDue;
        }
    }

    /** The advisor takes the case; a new case is triaged by taking it. */
    public List<CaseEntry> take(String advisor, Instant at) {
        return giveTo(advisor, advisor, at);
    }

    /**
     * Gives the case to an advisor, or to nobody with null; a new case given to someone is triaged by that (it
     * was looked at and has an owner).
     */
    public List<CaseEntry> giveTo(String advisor, String actor, Instant at) {
        var entries = new ArrayList<CaseEntry>();
        entries.add(assign(advisor, actor, at));
        if (status == CaseStatus.NEW && assignee != null) {
            entries.add(moveTo(CaseStatus.TRIAGED, actor, at));
        }
        return entries;
    }

    private CaseEntry assign(String advisor, String actor, Instant at) {
        String before = assignee;
        assignee = advisor == null || advisor.isBlank() ? null : advisor;
        touch(at);
        return entry(
                at,
                actor,
                CaseEntryKind.ASSIGNED,
                (before == null ? "—" : before) + " → " + (assignee == null ? "—" : assignee),
                null,
                false);
    }

    /** Moves the case to another status; closing goes through {@link #close}. */
    public CaseEntry moveTo(CaseStatus to, String actor, Instant at) {
        if (to == CaseStatus.CLOSED) {
            throw new CaseChangeRejected("closeNeedsReason", "a case is closed with a reason");
        }
        if (!status.canMoveTo(to)) {
            throw new CaseChangeRejected("transition", "a case cannot go from " + status + " to " + to);
        }
        CaseStatus from = status;
        status = to;
        if (from == CaseStatus.CLOSED) {
            closedAt = null;
            closeReason = null;
        }
        touch(at);
        updateDueAt();
        return entry(at, actor, CaseEntryKind.STATUS, from + " → " + to, null, false);
    }

    public CaseEntry close(CloseReason reason, String actor, Instant at) {
        if (reason == null) {
            throw new CaseChangeRejected("closeNeedsReason", "a case is closed with a reason");
        }
        if (!status.isOpen()) {
            throw new CaseChangeRejected("closedAlready", "the case is closed already");
        }
        CaseStatus from = status;
        status = CaseStatus.CLOSED;
        closeReason = reason;
        closedAt = utc(at);
        touch(at);
        updateDueAt();
        return entry(at, actor, CaseEntryKind.STATUS, from + " → CLOSED (" + reason + ")", null, false);
    }

    /** A new priority sets new deadlines from the opening, as if the case had had it from the start. */
    public CaseEntry prioritise(CasePriority to, String actor, Instant at, BusinessCalendar calendar) {
        CasePriority from = priority;
        priority = to;
        setDeadlines(calendar);
        touch(at);
        return entry(at, actor, CaseEntryKind.PRIORITY, from + " → " + to, null, false);
    }

    /** An internal note: never shown to the citizen. */
    public CaseEntry note(String text, String actor, Instant at) {
        touch(at);
        return entry(at, actor, CaseEntryKind.NOTE, null, requireText(text), false);
    }

    /**
     * A reply to the citizen, shown on the receipt's status page. The first one meets the first-response
     * target; waiting for the citizen's answer moves the case there.
     */
    public List<CaseEntry> reply(String text, boolean awaitAnswer, String actor, Instant at) {
        if (!status.isOpen()) {
            throw new CaseChangeRejected("closedNoReply", "a closed case takes no replies; reopen it first");
        }
        var entries = new ArrayList<CaseEntry>();
        entries.add(entry(at, actor, CaseEntryKind.REPLY, null, requireText(text), true));
        answerUnreadSince = null; // whoever replies has read what the citizen wrote
        if (firstResponseAt == null) {
            firstResponseAt = utc(at);
        }
        if (awaitAnswer && status != CaseStatus.WAITING_FOR_CITIZEN) {
            entries.add(moveTo(CaseStatus.WAITING_FOR_CITIZEN, actor, at));
        } else if (!awaitAnswer && (status == CaseStatus.NEW || status == CaseStatus.TRIAGED)) {
            entries.add(moveTo(CaseStatus.IN_PROGRESS, actor, at));
        }
        touch(at);
        updateDueAt();
        return entries;
    }

    /**
     * The advisor opened the case: the citizen's answers are read when they are the case's advisor, or anyone
     * while nobody has taken it (a supervisor looking in leaves them unread for the advisor in charge).
     */
    public boolean readBy(String advisor) {
        if (answerUnreadSince == null || (assignee != null && !assignee.equals(advisor))) {
            return false;
        }
        answerUnreadSince = null;
        return true;
    }

    /** The citizen answered on the status page: the case is theirs to wait for no longer. */
    public List<CaseEntry> citizenAnswered(long complaintId, String text, Instant at) {
        var entries = new ArrayList<CaseEntry>();
        entries.add(CaseEntry.fromCitizen(id, complaintId, at, requireText(text)));
        if (answerUnreadSince == null) {
            answerUnreadSince = utc(at);
        }
        if (status == CaseStatus.WAITING_FOR_CITIZEN || status == CaseStatus.CLOSED) {
            entries.add(moveTo(CaseStatus.IN_PROGRESS, null, at));
        }
        touch(at);
        return entries;
    }

    /**
     * This case joins {@code target}: it closes as a duplicate and points there. The caller moves its
     * reports and history.
     */
    public CaseEntry mergeInto(ConsultationCase target, String actor, Instant at) {
        if (target.id.equals(id)) {
            throw new CaseChangeRejected("mergeSelf", "a case cannot be merged into itself");
        }
        if (!target.status.isOpen()) {
            throw new CaseChangeRejected("mergeClosed", "cases are merged into an open case");
        }
        if (target.mergedInto != null) {
            throw new CaseChangeRejected("mergeClosed", "the target was merged into another case itself");
        }
        CaseEntry closing = status.isOpen() ? close(CloseReason.DUPLICATE, actor, at) : null;
        mergedInto = target.id;
        touch(at);
        if (target.firstResponseAt == null && firstResponseAt != null) {
            target.firstResponseAt = firstResponseAt;
            target.updateDueAt();
        }
        target.touch(at);
        return closing;
    }

    /** The history entry on the target of a merge: stored on the target. */
    public CaseEntry mergedFrom(ConsultationCase source, String actor, Instant at) {
        return entry(at, actor, CaseEntryKind.MERGED, "#" + source.id + " " + source.receiptNumber, null, false);
    }

    /** Another report of the case's campaign joins it (its link and history line are written apart). */
    public void reportJoined(Instant at) {
        touch(at);
    }

    /** A step of the case's referrals (consent, referral, reminder), for its history; staff only. */
    public CaseEntry referralStep(CaseEntryKind kind, String detail, String actor, Instant at) {
        touch(at);
        return entry(at, actor, kind, detail, null, false);
    }

    /** Marks an overdue case for the supervisors, once. */
    public CaseEntry escalate(Instant at) {
        if (escalatedAt != null) {
            return null;
        }
        escalatedAt = utc(at);
        return entry(at, null, CaseEntryKind.ESCALATED, dueAt == null ? null : "due " + dueAt + "Z", null, false);
    }

    private CaseEntry entry(Instant at, String actor, CaseEntryKind kind, String detail, String body, boolean visible) {
        return new CaseEntry(id, at, actor, kind, detail, body, visible);
    }

    private void touch(Instant at) {
        updatedAt = utc(at);
    }

    private static String requireText(String text) {
        if (text == null || text.isBlank()) {
            throw new CaseChangeRejected("emptyText", "the text is empty");
        }
        if (text.length() > 20_000) {
            throw new CaseChangeRejected("textTooLong", "the text is longer than 20,000 characters");
        }
        return text.strip();
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    /** What the statistics count of the case now; working times on the given calendar. */
    public CaseFigures figures(BusinessCalendar calendar) {
        Instant opened = instant(openedAt);
        Instant answered = instant(firstResponseAt);
        Instant closed = instant(closedAt);
        return new CaseFigures(
                id,
                opened,
                mergedInto != null,
                category,
                answered,
                answered != null && !firstResponseAt.isAfter(firstResponseDue),
                answered == null ? 0 : calendar.between(opened, answered).toMinutes(),
                closed,
                closed != null && !closedAt.isAfter(resolutionDue),
                closed == null ? 0 : calendar.between(opened, closed).toMinutes());
    }

    public CaseSummary summary() {
        return new CaseSummary(
                id,
                complaintId,
                receiptNumber,
                subject,
                prefectureCode,
                status,
                instant(openedAt),
                category,
                priority,
                assignee,
                instant(dueAt),
                escalatedAt != null,
                instant(answerUnreadSince));
    }

    public CaseView view(List<CaseView.Report> reports, List<CaseView.Entry> history) {
        return new CaseView(
                summary(),
                instant(firstResponseDue),
                instant(firstResponseAt),
                instant(resolutionDue),
                instant(closedAt),
                closeReason,
                mergedInto,
                version,
                reports,
                history);
    }

    public Long id() {
        return id;
    }

    public long complaintId() {
        return complaintId;
    }

    public String receiptNumber() {
        return receiptNumber;
    }

    /** The campaign whose machine reports join this case; null for a case of its own. */
    public String campaignKey() {
        return campaignKey;
    }

    public CaseStatus status() {
        return status;
    }

    public String assignee() {
        return assignee;
    }

    public long version() {
        return version;
    }
}
