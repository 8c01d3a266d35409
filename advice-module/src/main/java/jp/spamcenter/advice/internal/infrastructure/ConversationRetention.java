package jp.spamcenter.advice.internal.infrastructure;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;

/**
 * The statements of the conversations' retention, a batch at a time in the caller's transaction: the cases are
 * claimed with SKIP LOCKED, so instances running it at once share the work and never do a case twice.
 */
public final class ConversationRetention {

    private final EntityManager em;

    public ConversationRetention(EntityManager em) {
        this.em = em;
    }

    /**
     * Removes the texts of up to {@code limit} cases closed before {@code cutoff} (replies, notes, the citizen's
     * messages, drafts; the referrals' summaries and answers; the name a citizen gave with a consent); how many
     * cases. What the figures count (the cases, their history's kinds and times, the referrals' destinations and
     * outcomes, which data a consent covered) stays.
     */
    public int removeTexts(Instant cutoff, Instant now, int limit) {
        List<?> rows = em.createNativeQuery("SELECT id FROM adv_case WHERE closed_at < ? AND conversation_removed_at"
                        + " IS NULL ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED")
                .setParameter(1, LocalDateTime.ofInstant(cutoff, ZoneOffset.UTC))
                .setParameter(2, limit)
                .getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        String ids = String.join(", ", Collections.nCopies(rows.size(), "?"));
        var entries = em.createNativeQuery(
                "UPDATE adv_case_entry SET body = NULL WHERE body IS NOT NULL AND case_id IN (" + ids + ")");
        var referrals = em.createNativeQuery(
                "UPDATE adv_referral SET summary = '', feedback = NULL WHERE case_id IN (" + ids + ")");
        var consents = em.createNativeQuery("UPDATE adv_consent SET given_by = '' WHERE case_id IN (" + ids + ")");
        var cases = em.createNativeQuery("UPDATE adv_case SET conversation_removed_at = ? WHERE id IN (" + ids + ")");
        cases.setParameter(1, LocalDateTime.ofInstant(now, ZoneOffset.UTC));
        for (int i = 0; i < rows.size(); i++) {
            long id = ((Number) rows.get(i)).longValue();
            entries.setParameter(i + 1, id);
            referrals.setParameter(i + 1, id);
            consents.setParameter(i + 1, id);
            cases.setParameter(i + 2, id);
        }
        entries.executeUpdate();
        referrals.executeUpdate();
        consents.executeUpdate();
        return cases.executeUpdate();
    }
}
