package jp.spamcenter.reporting.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import jp.spamcenter.complaint.api.ComplaintReceived;
import jp.spamcenter.reporting.api.ComplaintStatistics;
import jp.spamcenter.reporting.api.PrefectureCount;

/**
 * Keeps the daily count per prefecture as complaints arrive, and answers from it. The count is raised in the
 * transaction that delivers the event, so a complaint is counted exactly when its delivery commits.
 */
@ApplicationScoped
public class PrefectureCounting implements ComplaintStatistics {

    /** Statistics follow the center's calendar. */
    public static final ZoneId CENTER_ZONE = ZoneId.of("Asia/Tokyo");

    @PersistenceContext(unitName = "reporting")
    EntityManager em;

    void on(@Observes ComplaintReceived complaint) {
        count(em, complaint);
    }

    static void count(EntityManager em, ComplaintReceived complaint) {
        if (complaint.prefectureCode() == null) {
            return; // reports from machines come without the citizen's prefecture
        }
        LocalDate day = complaint.receivedAt().atZone(CENTER_ZONE).toLocalDate();
        // one statement, safe when several instances count at once
        em.createNativeQuery("INSERT INTO rep_daily_prefecture (day, prefecture_code, complaints) VALUES (?, ?, 1)"
                        + " ON DUPLICATE KEY UPDATE complaints = complaints + 1")
                .setParameter(1, day)
                .setParameter(2, complaint.prefectureCode())
                .executeUpdate();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PrefectureCount> countsByPrefecture(LocalDate from, LocalDate to) {
        return countsByPrefecture(em, from, to);
    }

    static List<PrefectureCount> countsByPrefecture(EntityManager em, LocalDate from, LocalDate to) {
        return em.createQuery(
                        "SELECT NEW jp.spamcenter.reporting.api.PrefectureCount(d.prefectureCode, SUM(d.complaints))"
                                + " FROM DailyPrefectureCount d WHERE d.day BETWEEN :from AND :to"
                                + " GROUP BY d.prefectureCode ORDER BY SUM(d.complaints) DESC, d.prefectureCode",
                        PrefectureCount.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }
}
