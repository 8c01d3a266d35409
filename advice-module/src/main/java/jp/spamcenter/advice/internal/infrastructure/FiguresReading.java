package jp.spamcenter.advice.internal.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import jp.spamcenter.advice.api.AdviceFigures;
import jp.spamcenter.advice.api.CaseFigures;
import jp.spamcenter.advice.api.ReferralFigures;
import jp.spamcenter.advice.internal.domain.BusinessCalendar;
import jp.spamcenter.advice.internal.domain.CaseReferral;
import jp.spamcenter.advice.internal.domain.ConsultationCase;

/**
 * Cases' and referrals' figures in id order, for the statistics' rebuild: in the caller's transaction, always as
 * committed in the database now (never the state an earlier read of the transaction left in its context).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FiguresReading implements AdviceFigures {

    /** EclipseLink's hint (Payara's provider) to refresh entities the persistence context holds already. */
    private static final String REFRESH = "eclipselink.refresh";

    @PersistenceContext(unitName = "advice")
    EntityManager em;

    BusinessCalendar calendar = BusinessCalendar.CENTER;

    public FiguresReading() {}

    /** Outside the container (benchmarks, tools): on the given entity manager. */
    public FiguresReading(EntityManager em) {
        this.em = em;
    }

    @Override
    public long caseCount() {
        return em.createNamedQuery("ConsultationCase.count", Long.class).getSingleResult();
    }

    @Override
    public List<CaseFigures> casesAfter(long afterCaseId, int limit) {
        return em.createNamedQuery("ConsultationCase.after", ConsultationCase.class)
                .setParameter("after", afterCaseId)
                .setHint(REFRESH, "TRUE")
                .setMaxResults(limit)
                .getResultStream()
                .map(c -> c.figures(calendar))
                .toList();
    }

    @Override
    public long referralCount() {
        return em.createNamedQuery("CaseReferral.count", Long.class).getSingleResult();
    }

    @Override
    public List<ReferralFigures> referralsAfter(long afterReferralId, int limit) {
        return em.createNamedQuery("CaseReferral.after", CaseReferral.class)
                .setParameter("after", afterReferralId)
                .setHint(REFRESH, "TRUE")
                .setMaxResults(limit)
                .getResultStream()
                .map(CaseReferral::figures)
                .toList();
    }

    /** The cases' figures as they stand now, in id order. */
    public List<CaseFigures> cases(List<Long> ids) {
        return em.createNamedQuery("ConsultationCase.byIds", ConsultationCase.class)
                .setParameter("ids", ids)
                .setHint(REFRESH, "TRUE")
                .getResultStream()
                .map(c -> c.figures(calendar))
                .toList();
    }

    /** The referrals' figures as they stand now, in id order. */
    public List<ReferralFigures> referrals(List<Long> ids) {
        return em.createNamedQuery("CaseReferral.byIds", CaseReferral.class)
                .setParameter("ids", ids)
                .setHint(REFRESH, "TRUE")
                .getResultStream()
                .map(CaseReferral::figures)
                .toList();
    }
}
