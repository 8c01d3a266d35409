package jp.spamcenter.complaint.internal.infrastructure;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import jp.spamcenter.complaint.api.AnalysisQueue.QuarantinedReport;
import jp.spamcenter.complaint.api.ComplaintId;
import jp.spamcenter.complaint.api.Intake;
import jp.spamcenter.complaint.api.ReceiptNumber;

/**
 * The table of pending analyses ({@code cmp_analysis_job}), in the caller's transaction. Safe with several
 * server instances: jobs are claimed with {@code FOR UPDATE SKIP LOCKED} and leased until a time; a lease that
 * runs out (the instance died) makes the job due again.
 */
public class AnalysisJobs {

    /** A new report: analysed before any re-analysis work. */
    public static final int NEW_REPORT = 0;

    public static final int REANALYSIS = 1;

    /** A claimed job's state. */
    public record Job(long complaintId, int attempts) {}

    private final EntityManager em;

    public AnalysisJobs(EntityManager em) {
        this.em = em;
    }

    /** Queues a report's analysis (nothing when it is queued already). */
    public void enqueue(long complaintId, int priority, Instant now) {
        em.createNativeQuery("INSERT IGNORE INTO cmp_analysis_job (complaint_id, priority, next_attempt_at, queued_at)"
                        + " VALUES (?, ?, ?, ?)")
                .setParameter(1, complaintId)
                .setParameter(2, priority)
                .setParameter(3, utc(now))
                .setParameter(4, utc(now))
                .executeUpdate();
    }

    /**
     * Claims up to {@code limit} due jobs for this instance until {@code now + lease}, counting the attempt; other
     * instances skip the rows this transaction locks.
     */
    public List<Job> claim(int limit, Instant now, Duration lease) {
        List<?> rows = em.createNativeQuery("SELECT complaint_id, attempts FROM cmp_analysis_job"
                        + " WHERE quarantined_at IS NULL AND next_attempt_at <= ?"
                        + " ORDER BY priority, next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED")
                .setParameter(1, utc(now))
                .setParameter(2, limit)
                .getResultList();
        List<Job> jobs = rows.stream()
                .map(row -> (Object[]) row)
                .map(row -> new Job(((Number) row[0]).longValue(), ((Number) row[1]).intValue() + 1))
                .toList();
        if (!jobs.isEmpty()) {
            em.createNativeQuery("UPDATE cmp_analysis_job SET attempts = attempts + 1, next_attempt_at = ?"
                            + " WHERE complaint_id IN (" + ids(jobs) + ")")
                    .setParameter(1, utc(now.plus(lease)))
                    .executeUpdate();
        }
        return jobs;
    }

    /** The jobs are done: their analyses are stored in this transaction. */
    public void done(List<Long> complaintIds) {
        if (!complaintIds.isEmpty()) {
            em.createNativeQuery("DELETE FROM cmp_analysis_job WHERE complaint_id IN ("
                            + complaintIds.stream().map(String::valueOf).collect(Collectors.joining(","))
                            + ")")
                    .executeUpdate();
        }
    }

    /** An attempt failed: tried again at {@code retryAt}, or quarantined when {@code retryAt} is null. */
    public int failed(long complaintId, String error, Instant retryAt, Instant now) {
        return em.createNativeQuery(
                        "UPDATE cmp_analysis_job SET last_error = ?, next_attempt_at = COALESCE(?, next_attempt_at),"
                                + " quarantined_at = ? WHERE complaint_id = ?")
                .setParameter(1, error.length() > 1000 ? error.substring(0, 1000) : error)
                .setParameter(2, retryAt == null ? null : utc(retryAt))
                .setParameter(3, retryAt == null ? utc(now) : null)
                .setParameter(4, complaintId)
                .executeUpdate();
    }

    /** A quarantined job back in the queue, due now, with its attempts counted afresh. */
    public boolean release(long complaintId, Instant now) {
        return em.createNativeQuery("UPDATE cmp_analysis_job SET quarantined_at = NULL, attempts = 0,"
                                + " next_attempt_at = ? WHERE complaint_id = ? AND quarantined_at IS NOT NULL")
                        .setParameter(1, utc(now))
                        .setParameter(2, complaintId)
                        .executeUpdate()
                == 1;
    }

    /** Jobs waiting (not quarantined), quarantined, and when the oldest waiting one was queued. */
    public record Counts(long waiting, long quarantined, Instant oldestWaitingSince) {}

    public Counts counts() {
        Object[] counts = (Object[]) em.createNativeQuery("SELECT SUM(quarantined_at IS NULL),"
                        + " SUM(quarantined_at IS NOT NULL), MIN(CASE WHEN quarantined_at IS NULL THEN queued_at END)"
                        + " FROM cmp_analysis_job")
                .getSingleResult();
        return new Counts(
                counts[0] == null ? 0 : ((Number) counts[0]).longValue(),
                counts[1] == null ? 0 : ((Number) counts[1]).longValue(),
                instant(counts[2]));
    }

    /** The quarantined reports, the latest first. */
    public List<QuarantinedReport> quarantined(int first, int max) {
        List<?> rows = em.createNativeQuery("SELECT c.id, c.receipt_number, c.intake, c.received_at, j.attempts,"
                        + " j.last_error, j.quarantined_at FROM cmp_analysis_job j"
                        + " JOIN cmp_complaint c ON c.id = j.complaint_id WHERE j.quarantined_at IS NOT NULL"
                        + " ORDER BY j.quarantined_at DESC, c.id DESC LIMIT ? OFFSET ?")
                .setParameter(1, max)
                .setParameter(2, first)
                .getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(row -> new QuarantinedReport(
                        new ComplaintId(((Number) row[0]).longValue()),
                        new ReceiptNumber((String) row[1]),
                        Intake.valueOf((String) row[2]),
                        instant(row[3]),
                        ((Number) row[4]).intValue(),
                        (String) row[5],
                        instant(row[6])))
                .toList();
    }

    /** Queued re-analysis jobs (waiting, not quarantined). */
    public long reanalysisPending() {
        return ((Number) em.createNativeQuery(
                                "SELECT COUNT(*) FROM cmp_analysis_job WHERE priority = ? AND quarantined_at IS NULL")
                        .setParameter(1, REANALYSIS)
                        .getSingleResult())
                .longValue();
    }

    public static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** An instant from a native query's DATETIME column (UTC wall-clock time). */
    public static Instant instant(Object column) {
        if (column == null) {
            return null;
        }
        if (column instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (column instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        throw new IllegalArgumentException("not a DATETIME value: " + column.getClass());
    }

    private static String ids(List<Job> jobs) {
        return jobs.stream().map(j -> Long.toString(j.complaintId())).collect(Collectors.joining(","));
    }
}
