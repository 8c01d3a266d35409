package jp.spamcenter.reporting.internal.domain;

import java.time.LocalDate;
import jp.spamcenter.advice.api.ReferralFigures;

/** What a referral counts as: once sent, one for its destination, state and outcome on the day it was sent. */
public record CountedReferral(LocalDate day, String kind, String destination, String state, String outcome) {

    /** The longest destination name the rollups keep. */
    public static final int DESTINATION_LENGTH = 200;

    public static CountedReferral of(ReferralFigures f) {
        String destination = f.destination() == null ? "" : f.destination();
        return new CountedReferral(
                CountedCase.dayOf(f.sentAt()),
                f.kind() == null ? null : f.kind().name(),
                destination.length() > DESTINATION_LENGTH ? destination.substring(0, DESTINATION_LENGTH) : destination,
                f.state() == null ? null : f.state().name(),
                f.outcome() == null ? "" : f.outcome().name());
    }

    /** Adds (sign 1) or takes away (sign -1) what this referral counts, keyed by day, kind, destination, state. */
    public void count(Tally tally, int sign) {
        if (day != null && kind != null && state != null) {
            tally.add(sign, day, kind, destination, state, outcome);
        }
    }
}
