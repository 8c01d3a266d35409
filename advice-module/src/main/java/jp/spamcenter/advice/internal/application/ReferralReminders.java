package jp.spamcenter.advice.internal.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Every quarter hour, referrals sent more than {@value ReferralDesk#ANSWER_WORKING_DAYS} working days ago
 * without the partner's answer are marked and written in their cases' history; supervisors see them on their
 * page. Any instance may run it.
 */
@Singleton
public class ReferralReminders {

    @Inject
    ReferralDesk desk;

    @Schedule(minute = "*/15", hour = "*", persistent = false)
    void remind() {
        desk.remindDue(Instant.now().truncatedTo(ChronoUnit.MICROS));
    }
}
