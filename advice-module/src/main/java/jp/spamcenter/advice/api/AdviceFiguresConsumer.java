package jp.spamcenter.advice.api;

import java.util.List;

/**
 * Another module's consumer of the advice module's figures (a CDI bean; the module finds every one). Every change
 * to a case or referral leaves, in the advisor's own transaction, a pending delivery per consumer; once that
 * transaction has committed, the consumer is handed the case's or referral's figures as they stand then, a batch
 * at a time, inside a transaction in which its work and its deliveries commit together. A consumer that fails
 * never rolls back an advisor's work: its deliveries are tried again, one at a time, with growing pauses.
 */
public interface AdviceFiguresConsumer {

    /** The consumer's name, kept with its deliveries: never change it once deployed. */
    String name();

    /** Cases as they stand now (a case changed several times is handed over once, as it is). */
    void cases(List<CaseFigures> figures);

    /** Referrals as they stand now. */
    void referrals(List<ReferralFigures> figures);
}
