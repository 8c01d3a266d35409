package jp.spamcenter.complaint.internal.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.spamcenter.complaint.api.AnalysisQueue.Reanalysis;

/**
 * The runs that analyse every stored report again with a new analyser ({@code cmp_reanalysis}), and the reports
 * an older analyser analysed.
 */
@ApplicationScoped
public class ReanalysisRuns {

    @PersistenceContext(unitName = "complaint")
    EntityManager em;

    public ReanalysisRuns() {}

    /** Outside the container (tests, tools): on the given entity manager. */
    public ReanalysisRuns(EntityManager em) {
        this.em = em;
    }

    /** A run not finished, locked by this transaction: its target version, and the last report queued. */
    public record Running(long id, String targetVersion, long queuedUpTo) {}

    /** The oldest run not finished, unless another instance holds it. */
    public Optional<Running> lockRunning() {
        List<?> rows = em.createNativeQuery("SELECT id, target_version, queued_up_to FROM cmp_reanalysis"
                        + " WHERE finished_at IS NULL ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED")
                .getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .findFirst()
                .map(r -> new Running(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue()));
    }

    /**
     * Reports after {@code afterId} whose analysis is not of the target version, in id order; never one whose
     * message was removed at the end of its retention period (its analysis is all that is left of it).
     */
    public List<Long> outdated(long afterId, String targetVersion, int limit) {
        List<?> ids = em.createNativeQuery("SELECT a.complaint_id FROM cmp_analysis a JOIN cmp_complaint c"
                        + " ON c.id = a.complaint_id WHERE a.complaint_id > ? AND a.analyser_version <> ?"
                        + " AND c.content_removed_at IS NULL ORDER BY a.complaint_id LIMIT ?")
                .setParameter(1, afterId)
                .setParameter(2, targetVersion)
                .setParameter(3, limit)
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /** How many reports an analyser other than the target version analysed. */
    public long countOutdated(String targetVersion) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM cmp_analysis a JOIN cmp_complaint c"
                                + " ON c.id = a.complaint_id WHERE a.analyser_version <> ?"
                                + " AND c.content_removed_at IS NULL")
                        .setParameter(1, targetVersion)
                        .getSingleResult())
                .longValue();
    }

    public void start(String targetVersion, String startedBy, Instant at, long total) {
        em.createNativeQuery("INSERT INTO cmp_reanalysis (target_version, started_by, started_at, total)"
                        + " VALUES (?, ?, ?, ?)")
                .setParameter(1, targetVersion)
                .setParameter(2, startedBy)
                .setParameter(3, AnalysisJobs.utc(at))
                .setParameter(4, total)
                .executeUpdate();
    }

    public void queuedUpTo(long id, long lastQueued) {
        em.createNativeQuery("UPDATE cmp_reanalysis SET queued_up_to = ? WHERE id = ?")
                .setParameter(1, lastQueued)
                .setParameter(2, id)
                .executeUpdate();
    }

    public void finished(long id, Instant at) {
        em.createNativeQuery("UPDATE cmp_reanalysis SET finished_at = ? WHERE id = ?")
                .setParameter(1, AnalysisJobs.utc(at))
                .setParameter(2, id)
                .executeUpdate();
    }

    /** Counts reports analysed again in the running run. */
    public void countDone(int count) {
        if (count > 0) {
            em.createNativeQuery("UPDATE cmp_reanalysis SET done = done + ? WHERE finished_at IS NULL")
                    .setParameter(1, count)
                    .executeUpdate();
        }
    }

    /** The latest run, running or finished. */
    public Optional<Reanalysis> latest() {
        List<?> rows = em.createNativeQuery("SELECT id, target_version, started_by, started_at, total, done,"
                        + " finished_at FROM cmp_reanalysis ORDER BY id DESC LIMIT 1")
                .getResultList();
        return rows.stream().map(row -> (Object[]) row).findFirst().map(row -> {
            long total = ((Number) row[4]).longValue();
            long done = ((Number) row[5]).longValue();
            return new Reanalysis(
                    ((Number) row[0]).longValue(),
                    (String) row[1],
                    (String) row[2],
                    AnalysisJobs.instant(row[3]),
                    total,
                    Math.max(0, total - done),
                    AnalysisJobs.instant(row[6]));
        });
    }
}
