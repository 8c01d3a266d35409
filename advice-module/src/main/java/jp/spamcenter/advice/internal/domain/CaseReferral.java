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
import java.util.Set;
import jp.spamcenter.advice.api.ReferralFigures;
import jp.spamcenter.advice.api.ReferralRejected;
import jp.spamcenter.advice.api.Referrals.Channel;
import jp.spamcenter.advice.api.Referrals.DestinationKind;
import jp.spamcenter.advice.api.Referrals.NewReferral;
import jp.spamcenter.advice.api.Referrals.PersonalItem;
import jp.spamcenter.advice.api.Referrals.Referral;
import jp.spamcenter.advice.api.Referrals.ReferralOutcome;
import jp.spamcenter.advice.api.Referrals.ReferralReason;
import jp.spamcenter.advice.api.Referrals.ReferralState;

/**
 * A referral of a case to a partner, from draft to the partner's answer. The rules: personal data only with a
 * consent that covers it (checked when prepared and again when sent); draft → sent → acknowledged → resolved,
 * a draft may be cancelled; a sent referral without answer is due a reminder after a number of working days.
 */
@Entity
@Table(name = "adv_referral")
@NamedQuery(name = "CaseReferral.ofCase", query = "SELECT r FROM CaseReferral r WHERE r.caseId = :id ORDER BY r.id")
@NamedQuery(
        name = "CaseReferral.ofCaseInStates",
        query = "SELECT r FROM CaseReferral r WHERE r.caseId = :id AND r.state IN :states ORDER BY r.sentAt," + " r.id")
@NamedQuery(
        name = "CaseReferral.unanswered",
        query = "SELECT r FROM CaseReferral r WHERE r.state = :sent AND r.remindedAt IS NOT NULL ORDER BY"
                + " r.sentAt")
@NamedQuery(name = "CaseReferral.byIds", query = "SELECT r FROM CaseReferral r WHERE r.id IN :ids ORDER BY r.id")
@NamedQuery(name = "CaseReferral.after", query = "SELECT r FROM CaseReferral r WHERE r.id > :after ORDER BY r.id")
@NamedQuery(name = "CaseReferral.count", query = "SELECT COUNT(r) FROM CaseReferral r")
public class CaseReferral {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "destination_kind", nullable = false, length = 20)
    private DestinationKind kind;

    @Column(name = "destination_id")
    private Long destinationId;

    @Column(name = "destination_name", nullable = false, length = 200)
    private String destinationName;

    @Column(name = "destination_contact", length = 254)
    private String destinationContact;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ReferralReason reason;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String summary;

    @Column(name = "personal_data", nullable = false, length = 200)
    private String personalData;

    @Column(name = "consent_id")
    private Long consentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReferralState state;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private ReferralOutcome outcome;

    @Column(columnDefinition = "TEXT")
    private String feedback;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "sent_at")
    private LocalDateTime sentAt;

    @Column(name = "acknowledged_at")
    private LocalDateTime acknowledgedAt;

    @Column(name = "resolved_at")
    private LocalDateTime resolvedAt;

    @Column(name = "remind_at")
    private LocalDateTime remindAt;

    @Column(name = "reminded_at")
    private LocalDateTime remindedAt;

    @Version
    private long version;

    protected CaseReferral() {}

    /**
     * A draft; {@code consent} is the consent it names (null when none), checked to cover its personal data.
     * Name and address come from the directory entry when the caller found one.
     */
    public CaseReferral(NewReferral draft, CitizenConsent consent, String actor, Instant at) {
        if (draft.kind() == null
                || draft.destinationName() == null
                || draft.destinationName().isBlank()
                || draft.destinationName().length() > 200) {
            throw new ReferralRejected("destination", "a referral goes to a named destination");
        }
        if (draft.summary() == null
                || draft.summary().isBlank()
                || draft.summary().length() > 20_000) {
            throw new ReferralRejected("summary", "a referral says what it is about (at most 20,000 characters)");
        }
        Set<PersonalItem> data = draft.personalData() == null ? Set.of() : draft.personalData();
        checkConsent(data, consent, draft.caseId());
        Channel channel = draft.channel() == null ? Channel.MAIL : draft.channel();
        String contact =
                draft.destinationContact() == null || draft.destinationContact().isBlank()
                        ? null
                        : DirectoryRules.email(draft.destinationContact(), false);
        if (channel == Channel.MAIL && contact == null) {
            throw new ReferralRejected("noAddress", "a referral by mail needs the destination's address");
        }
        this.caseId = draft.caseId();
        this.kind = draft.kind();
        this.destinationId = draft.destinationId();
        this.destinationName = draft.destinationName().strip();
        this.destinationContact = contact;
        this.reason = draft.reason() == null ? ReferralReason.OTHER : draft.reason();
        this.summary = draft.summary().strip();
        this.personalData = CitizenConsent.names(data);
        this.consentId = data.isEmpty() ? null : consent.id();
        this.channel = channel;
        this.state = ReferralState.DRAFT;
        this.createdBy = actor;
        this.createdAt = utc(at);
    }

    /**
     * Sent now (mailed, or printed to post); the consent is checked again, since the citizen may have taken it
     * back after the draft. The partner's answer is expected by {@code answerDue}.
     */
    public void send(CitizenConsent consent, Instant at, Instant answerDue) {
        if (state != ReferralState.DRAFT) {
            throw new ReferralRejected("state", "only a draft is sent; this referral is " + state);
        }
        Set<PersonalItem> data = personalData();
        if (!data.isEmpty() && (consent == null || !consent.active())) {
            throw new ReferralRejected("consentWithdrawn", "the citizen withdrew the consent this referral needs");
        }
        checkConsent(data, consent, caseId);
        state = ReferralState.SENT;
        sentAt = utc(at);
        remindAt = utc(answerDue);
    }

    public void acknowledge(String feedback, Instant at) {
        if (state != ReferralState.SENT) {
            throw new ReferralRejected("state", "only a sent referral is acknowledged; this one is " + state);
        }
        state = ReferralState.ACKNOWLEDGED;
        acknowledgedAt = utc(at);
        this.feedback = appended(feedback);
        remindAt = null;
    }

    public void resolve(ReferralOutcome outcome, String feedback, Instant at) {
        if (state != ReferralState.SENT && state != ReferralState.ACKNOWLEDGED) {
            throw new ReferralRejected("state", "only a sent referral is resolved; this one is " + state);
        }
        if (outcome == null) {
            throw new ReferralRejected("state", "say how the referral ended");
        }
        if (acknowledgedAt == null) {
            acknowledgedAt = utc(at);
        }
        state = ReferralState.RESOLVED;
        this.outcome = outcome;
        resolvedAt = utc(at);
        this.feedback = appended(feedback);
        remindAt = null;
    }

    public void cancel() {
        if (state != ReferralState.DRAFT) {
            throw new ReferralRejected("state", "only a draft is cancelled; this referral is " + state);
        }
        state = ReferralState.CANCELLED;
    }

    /** Whether the referral was sent and has waited for its answer past the due time, not reminded yet. */
    public boolean dueReminder(Instant now) {
        return state == ReferralState.SENT && remindedAt == null && remindAt != null && !utc(now).isBefore(remindAt);
    }

    public void reminded(Instant at) {
        remindedAt = utc(at);
    }

    private static void checkConsent(Set<PersonalItem> data, CitizenConsent consent, long caseId) {
        if (data.isEmpty()) {
            return;
        }
        if (consent == null || consent.caseId() != caseId || !consent.covers(data)) {
            throw new ReferralRejected(
                    "consentMissing", "personal data " + data + " goes only with the citizen's consent for it");
        }
    }

    private String appended(String text) {
        if (text == null || text.isBlank()) {
            return feedback;
        }
        if (text.length() > 20_000) {
            throw new ReferralRejected("summary", "the feedback is longer than 20,000 characters");
        }
        return feedback == null ? text.strip() : feedback + "\n\n" + text.strip();
    }

    /** What the statistics count of the referral now. */
    public ReferralFigures figures() {
        return new ReferralFigures(
                id, kind, destinationName, sentAt == null ? null : sentAt.toInstant(ZoneOffset.UTC), state, outcome);
    }

    public Set<PersonalItem> personalData() {
        return CitizenConsent.items(personalData);
    }

    public Long id() {
        return id;
    }

    public long caseId() {
        return caseId;
    }

    public Long consentId() {
        return consentId;
    }

    public Channel channel() {
        return channel;
    }

    public ReferralState state() {
        return state;
    }

    public String destinationName() {
        return destinationName;
    }

    public String destinationContact() {
        return destinationContact;
    }

    public DestinationKind kind() {
        return kind;
    }

    public Referral view() {
        return new Referral(
                id == null ? 0 : id,
                caseId,
                kind,
                destinationName,
                destinationContact,
                reason,
                summary,
                personalData(),
                consentId,
                channel,
                state,
                outcome,
                feedback,
                createdBy,
                instant(createdAt),
                instant(sentAt),
                instant(acknowledgedAt),
                instant(resolvedAt),
                instant(remindedAt));
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
