package jp.spamcenter.advice.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import jp.spamcenter.advice.api.CaseEntryKind;
import jp.spamcenter.advice.api.CaseFigures;
import jp.spamcenter.advice.api.ReferralRejected;
import jp.spamcenter.advice.api.Referrals.Consent;
import jp.spamcenter.advice.api.Referrals.ConsentHow;
import jp.spamcenter.advice.api.Referrals.PersonalItem;
import jp.spamcenter.advice.internal.domain.BusinessCalendar;
import jp.spamcenter.advice.internal.domain.CitizenConsent;
import jp.spamcenter.advice.internal.domain.ConsultationCase;
import jp.spamcenter.advice.internal.infrastructure.CaseRepository;

/**
 * A citizen's consent to hand named personal items to a referral's destination: recorded with how it was given,
 * withdrawn at any time, each step in the case's history. A referral carries personal data only under an active
 * consent ({@link ReferralDesk}).
 */
@ApplicationScoped
@Transactional
public class CitizenConsents {

    /** The center's clock (one for the application; tests set the time). */
    @Inject
    Clock clock;

    @PersistenceContext(unitName = "advice")
    EntityManager em;

    /** Tell the statistics what a changed case counts as now. */
    @Inject
    Event<CaseFigures> caseFigures;

    BusinessCalendar calendar = BusinessCalendar.CENTER;

    public CitizenConsents() {}

    /** Outside the container (tests, tools): on the given entity manager. */
    public CitizenConsents(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    public Consent record(long caseId, Set<PersonalItem> items, ConsentHow how, String givenBy, String recordedBy) {
        var c = lockedCase(caseId);
        Instant now = clock.instant();
        var consent = new CitizenConsent(caseId, items, how, givenBy, recordedBy, now);
        em.persist(consent);
        em.flush();
        history(c, "+ " + consent.items() + " (" + how + ", " + consent.view().givenBy() + ")", recordedBy, now);
        return consent.view();
    }

    public Consent withdraw(long consentId, String actor) {
        var consent = em.find(CitizenConsent.class, consentId, LockModeType.PESSIMISTIC_WRITE);
        if (consent == null) {
            throw new ReferralRejected("notFound", "there is no consent " + consentId);
        }
        if (consent.active()) {
            Instant now = clock.instant();
            consent.withdraw(actor, now);
            history(lockedCase(consent.caseId()), "− " + consent.items(), actor, now);
        }
        return consent.view();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Consent> ofCase(long caseId) {
        return new CaseRepository(em)
                .consents(caseId).stream().map(CitizenConsent::view).toList();
    }

    private ConsultationCase lockedCase(long caseId) {
        var c = em.find(ConsultationCase.class, caseId, LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            throw new ReferralRejected("noCase", "there is no case " + caseId);
        }
        return c;
    }

    private void history(ConsultationCase c, String detail, String actor, Instant at) {
        var entry = c.referralStep(CaseEntryKind.CONSENT, detail, actor, at);
        if (entry != null) {
            em.persist(entry);
            em.flush();
            CaseWork.publish(caseFigures, c, calendar);
        }
    }
}
