package jp.spamcenter.advice.internal.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * Every quarter hour, referrals sent more than {@value ReferralDesk#ANSWER_WORKING_DAYS} working days ago
 * without the partner's answer are marked and written in their cases' history; supervisors see them on their
 * page. Any instance may run it.
 */
@Singleton
public class ReferralReminders {

    /** The center's clock (one for the application; tests set the time). */
    @Inject
    Clock clock;

    @Inject
    ReferralDesk desk;

    @Schedule(minute = "*/15", hour = "*", persistent = false)
    void remind() {
        desk.remindDue(clock.instant());
    }
}
