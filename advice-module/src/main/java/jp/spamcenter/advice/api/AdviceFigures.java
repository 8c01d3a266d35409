package jp.spamcenter.advice.api;

import java.util.List;

/**
 * Every case's and referral's {@link CaseFigures} and {@link ReferralFigures} in id order, in slices: what a
 * rebuild of the statistics reads. Between rebuilds the statistics follow the events.
 */
public interface AdviceFigures {

    long caseCount();

    /** Up to {@code limit} cases with ids above {@code afterCaseId}, in id order. */
    List<CaseFigures> casesAfter(long afterCaseId, int limit);

    long referralCount();

    /** Up to {@code limit} referrals with ids above {@code afterReferralId}, in id order. */
    List<ReferralFigures> referralsAfter(long afterReferralId, int limit);
}
