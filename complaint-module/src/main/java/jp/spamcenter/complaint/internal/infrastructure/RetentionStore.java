package jp.spamcenter.complaint.internal.infrastructure;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;

/** The statements of the retention sweep, a batch at a time, in the caller's transaction. */
public final class RetentionStore {

    private final EntityManager em;

    public RetentionStore(EntityManager em) {
        this.em = em;
    }

    /** Deletes up to {@code limit} contact addresses of reports received before {@code cutoff}; how many. */
    public int deleteContactEmails(Instant cutoff, int limit) {
        List<Long> ids = ids(
                "SELECT c.complaint_id FROM cmp_contact c JOIN cmp_complaint k ON k.id = c.complaint_id"
                        + " WHERE k.received_at < ? ORDER BY c.complaint_id LIMIT ?",
                cutoff,
                limit);
        if (ids.isEmpty()) {
            return 0;
        }
        return bound("DELETE FROM cmp_contact WHERE complaint_id IN (" + marks(ids.size()) + ")", ids, null)
                .executeUpdate();
    }

    /**
     * Removes the message, description and subject of up to {@code limit} reports received before
     * {@code cutoff} whose content is still there; how many reports.
     */
    public int removeMessages(Instant cutoff, Instant now, int limit) {
        List<Long> ids = ids(
                "SELECT id FROM cmp_complaint WHERE received_at < ? AND content_removed_at IS NULL ORDER BY id"
                        + " LIMIT ?",
                cutoff,
                limit);
        if (ids.isEmpty()) {
            return 0;
        }
        bound("DELETE FROM cmp_raw_message WHERE complaint_id IN (" + marks(ids.size()) + ")", ids, null)
                .executeUpdate();
        return bound(
                        "UPDATE cmp_complaint SET subject = '', message_text = '', content_removed_at = ? WHERE id IN ("
                                + marks(ids.size()) + ")",
                        ids,
                        LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                .executeUpdate();
    }

    /** Deletes up to {@code limit} access-log records written before {@code cutoff}; how many. */
    public int deleteAccessLog(Instant cutoff, int limit) {
        return em.createNativeQuery("DELETE FROM cmp_access_log WHERE at < ? ORDER BY at LIMIT ?")
                .setParameter(1, LocalDateTime.ofInstant(cutoff, ZoneOffset.UTC))
                .setParameter(2, limit)
                .executeUpdate();
    }

    private List<Long> ids(String sql, Instant cutoff, int limit) {
        List<?> rows = em.createNativeQuery(sql)
                .setParameter(1, LocalDateTime.ofInstant(cutoff, ZoneOffset.UTC))
                .setParameter(2, limit)
                .getResultList();
        return rows.stream().map(r -> ((Number) r).longValue()).toList();
    }

    /** A statement over a list of ids (and one value before them, when given). */
    private jakarta.persistence.Query bound(String sql, List<Long> ids, Object first) {
        var query = em.createNativeQuery(sql);
        int p = 1;
        if (first != null) {
            query.setParameter(p++, first);
        }
        for (long id : ids) {
            query.setParameter(p++, id);
        }
        return query;
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
