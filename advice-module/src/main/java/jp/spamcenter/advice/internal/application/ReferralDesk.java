package jp.spamcenter.advice.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.spamcenter.advice.api.CaseEntryKind;
import jp.spamcenter.advice.api.CaseFigures;
import jp.spamcenter.advice.api.CaseStatus;
import jp.spamcenter.advice.api.ReferralFigures;
import jp.spamcenter.advice.api.ReferralRejected;
import jp.spamcenter.advice.api.Referrals;
import jp.spamcenter.advice.internal.domain.AgencyDispatch;
import jp.spamcenter.advice.internal.domain.BusinessCalendar;
import jp.spamcenter.advice.internal.domain.CaseEntry;
import jp.spamcenter.advice.internal.domain.CaseReferral;
import jp.spamcenter.advice.internal.domain.CitizenConsent;
import jp.spamcenter.advice.internal.domain.ConsultationCase;
import jp.spamcenter.advice.internal.infrastructure.CaseRepository;
import jp.spamcenter.advice.internal.infrastructure.PartnerMail;
import jp.spamcenter.complaint.api.ComplaintEvidence;

/**
 * Referrals in the database, from draft to outcome, each step in the case's history; the reminders of unanswered
 * ones and the log of dispatches abroad. Consents are {@link CitizenConsents}', the letters {@link
 * ReferralLetters}'. Personal data is read from the complaint module only when a referral with consent is written
 * out (and that read is in its access log).
 */
@ApplicationScoped
@Transactional
public class ReferralDesk implements Referrals {

    /** The center's clock (one for the application; tests set the time). */
    @Inject
    Clock clock;

    /** How long a partner has to acknowledge a referral before the advisors are reminded. */
    static final int ANSWER_WORKING_DAYS = 5;

    @PersistenceContext(unitName = "advice")
    EntityManager em;

    @Inject
    ComplaintEvidence evidence;

    @Inject
    PartnerMail mail;

    @Inject
    ReferralLetters letters;

    @Inject
    CitizenConsents consents;

    /** Tell the statistics what a changed case or referral counts as now. */
    @Inject
    Event<CaseFigures> caseFigures;

    @Inject
    Event<ReferralFigures> referralFigures;

    BusinessCalendar calendar = BusinessCalendar.CENTER;

    @Override
    public Consent recordConsent(
            long caseId, Set<PersonalItem> items, ConsentHow how, String givenBy, String recordedBy) {
        return consents.record(caseId, items, how, givenBy, recordedBy);
    }

    @Override
    public Consent withdrawConsent(long consentId, String actor) {
        return consents.withdraw(consentId, actor);
    }

    @Override
    public List<Consent> consents(long caseId) {
        return consents.ofCase(caseId);
    }

    @Override
    public String draftSummary(long caseId) {
        var c = em.find(ConsultationCase.class, caseId);
        if (c == null) {
            throw new ReferralRejected("noCase", "there is no case " + caseId);
        }
        long reports = cases().reportCount(caseId);
        return letters.draftSummary(c, reports);
    }

    @Override
    public Referral prepare(NewReferral draft, String actor) {
        var c = lockedCase(draft.caseId());
        CitizenConsent consent = draft.consentId() == null ? null : em.find(CitizenConsent.class, draft.consentId());
        var referral = new CaseReferral(draft, consent, actor, now());
        em.persist(referral);
        em.flush();
        record(c.referralStep(
                CaseEntryKind.REFERRAL,
                "#" + referral.id() + " " + referral.destinationName() + ": DRAFT",
                actor,
                now()));
        published(referral);
        return referral.view();
    }

    @Override
    public Referral send(long referralId, String actor) {
        var referral = lockedReferral(referralId);
        var c = lockedCase(referral.caseId());
        CitizenConsent consent =
                referral.consentId() == null ? null : em.find(CitizenConsent.class, referral.consentId());
        Instant now = now();
        referral.send(consent, now, calendar.plus(now, calendar.day().multipliedBy(ANSWER_WORKING_DAYS)));
        if (referral.channel() == Channel.MAIL) {
            try {
                mail.send(letters.of(referral, c, consent, actor));
            } catch (MessagingException | RuntimeException e) {
                throw new ReferralRejected(
                        "mailFailed", "the mail server did not take the referral: " + e.getMessage(), e);
            }
        }
        record(c.referralStep(
                CaseEntryKind.REFERRAL,
                "#" + referral.id() + " " + referral.destinationName() + ": SENT (" + referral.channel() + ")",
                actor,
                now));
        if (c.status() != CaseStatus.REFERRED && c.status().canMoveTo(CaseStatus.REFERRED)) {
            record(c.moveTo(CaseStatus.REFERRED, actor, now));
        }
        published(referral);
        return referral.view();
    }

    @Override
    public Letter letter(long referralId, String actor) {
        var referral = em.find(CaseReferral.class, referralId);
        if (referral == null) {
            throw new ReferralRejected("notFound", "there is no referral " + referralId);
        }
        var c = em.find(ConsultationCase.class, referral.caseId());
        CitizenConsent consent =
                referral.consentId() == null ? null : em.find(CitizenConsent.class, referral.consentId());
        return letters.of(referral, c, consent, actor);
    }

    @Override
    public Referral acknowledge(long referralId, String feedback, String actor) {
        var referral = lockedReferral(referralId);
        Instant now = now();
        referral.acknowledge(feedback, now);
        record(lockedCase(referral.caseId())
                .referralStep(
                        CaseEntryKind.REFERRAL,
                        "#" + referral.id() + " " + referral.destinationName() + ": ACKNOWLEDGED",
                        actor,
                        now));
        published(referral);
        return referral.view();
    }

    @Override
    public Referral resolve(long referralId, ReferralOutcome outcome, String feedback, String actor) {
        var referral = lockedReferral(referralId);
        Instant now = now();
        referral.resolve(outcome, feedback, now);
        record(lockedCase(referral.caseId())
                .referralStep(
                        CaseEntryKind.REFERRAL,
                        "#" + referral.id() + " " + referral.destinationName() + ": RESOLVED (" + outcome + ")",
                        actor,
                        now));
        published(referral);
        return referral.view();
    }

    @Override
    public Referral cancel(long referralId, String actor) {
        var referral = lockedReferral(referralId);
        referral.cancel();
        record(lockedCase(referral.caseId())
                .referralStep(
                        CaseEntryKind.REFERRAL,
                        "#" + referral.id() + " " + referral.destinationName() + ": CANCELLED",
                        actor,
                        now()));
        published(referral);
        return referral.view();
    }

    @Override
    public Optional<Referral> find(long referralId) {
        return Optional.ofNullable(em.find(CaseReferral.class, referralId)).map(CaseReferral::view);
    }

    @Override
    public List<Referral> ofCase(long caseId) {
        return cases().referrals(caseId).stream().map(CaseReferral::view).toList();
    }

    @Override
    public List<Referral> unanswered() {
        return cases().unanswered(500).stream().map(CaseReferral::view).toList();
    }

    @Override
    public Dispatch recordDispatch(Dispatch dispatch) {
        var row = new AgencyDispatch(dispatch);
        em.persist(row);
        em.flush();
        return row.view();
    }

    @Override
    public List<Dispatch> dispatches(int limit) {
        return cases().dispatches(limit).stream().map(AgencyDispatch::view).toList();
    }

    /**
     * Marks sent referrals whose answer is overdue and writes it in their cases' history; any instance may run
     * it (rows claimed with SKIP LOCKED). Returns how many were reminded of.
     */
    int remindDue(Instant now) {
        List<Long> ids = cases().lockDueReminders(now, 200);
        int reminded = 0;
        for (long id : ids) {
            var referral = em.find(CaseReferral.class, id);
            if (referral.dueReminder(now)) {
                referral.reminded(now);
                record(em.find(ConsultationCase.class, referral.caseId())
                        .referralStep(
                                CaseEntryKind.REFERRAL_REMINDER,
                                "#" + referral.id() + " " + referral.destinationName(),
                                null,
                                now));
                reminded++;
            }
        }
        return reminded;
    }

    private ConsultationCase lockedCase(long caseId) {
        var c = em.find(ConsultationCase.class, caseId, LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            throw new ReferralRejected("noCase", "there is no case " + caseId);
        }
        return c;
    }

    private CaseReferral lockedReferral(long referralId) {
        var referral = em.find(CaseReferral.class, referralId, LockModeType.PESSIMISTIC_WRITE);
        if (referral == null) {
            throw new ReferralRejected("notFound", "there is no referral " + referralId);
        }
        return referral;
    }

    private void record(CaseEntry entry) {
        if (entry != null) {
            em.persist(entry);
            em.flush();
            CaseWork.publish(caseFigures, em.find(ConsultationCase.class, entry.caseId()), calendar);
        }
    }

    /** Tells the statistics what the referral counts as now (not outside a container: nobody listens there). */
    private void published(CaseReferral referral) {
        if (referralFigures != null) {
            referralFigures.fire(referral.figures());
        }
    }

    private Instant now() {
        return clock.instant();
    }

    private CaseRepository cases() {
        return new CaseRepository(em);
    }
}
