package jp.spamcenter.advice.api;

import java.time.Instant;
import jp.spamcenter.advice.api.Referrals.DestinationKind;
import jp.spamcenter.advice.api.Referrals.ReferralOutcome;
import jp.spamcenter.advice.api.Referrals.ReferralState;

/**
 * What the statistics count of a referral, as it stands now: published as a CDI event in the transaction of
 * every change to it, and read in bulk by {@link AdviceFigures} for a rebuild. A referral counts from the day it
 * was sent; a draft or a cancelled draft ({@code sentAt} null) does not count.
 */
public record ReferralFigures(
        long referralId,
        DestinationKind kind,
        String destination,
        Instant sentAt,
        ReferralState state,
        ReferralOutcome outcome) {}
