package jp.spamcenter.complaint.internal.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import jp.spamcenter.complaint.api.AccessAudit;
import jp.spamcenter.complaint.api.ComplaintId;
import jp.spamcenter.complaint.api.ReceiptNumber;

/** Who read which report's evidence, when, what and why ({@code cmp_access_log}), and the search of it. */
@ApplicationScoped
public class AccessLog {

    @PersistenceContext(unitName = "complaint")
    EntityManager em;

    public AccessLog() {}

    /** Outside the container (tests, tools): on the given entity manager. */
    public AccessLog(EntityManager em) {
        this.em = em;
    }

    /** Writes one read of a report, in the caller's transaction; a read without a reader's name is refused. */
    public void read(ComplaintId id, String actor, String what, Instant at) {
        read(id, actor, what, null, at);
    }

    /** Writes one read with the purpose the reader gave (null: none asked). */
    public void read(ComplaintId id, String actor, String what, String purpose, Instant at) {
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("evidence is read by someone: the reader's name is required");
        }
        em.createNativeQuery(
                        "INSERT INTO cmp_access_log (at, actor, complaint_id, what, purpose) VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, LocalDateTime.ofInstant(at, ZoneOffset.UTC))
                .setParameter(2, actor)
                .setParameter(3, id.value())
                .setParameter(4, what)
                .setParameter(5, purpose == null || purpose.isBlank() ? null : cut(purpose.strip(), 200))
                .executeUpdate();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    /** The reads the query matches, newest first. */
    public List<AccessAudit.Read> reads(AccessAudit.Query query, int first, int max) {
        var sql = new StringBuilder("SELECT l.at, l.actor, c.receipt_number, l.what, l.purpose FROM cmp_access_log l"
                + " JOIN cmp_complaint c ON c.id = l.complaint_id WHERE 1 = 1");
        List<Object> parameters = where(query, sql);
        sql.append(" ORDER BY l.at DESC, l.id DESC");
        var select = em.createNativeQuery(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            select.setParameter(i + 1, parameters.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.setFirstResult(first).setMaxResults(max).getResultList();
        return rows.stream()
                .map(r -> new AccessAudit.Read(
                        ((java.sql.Timestamp) r[0]).toLocalDateTime().toInstant(ZoneOffset.UTC),
                        (String) r[1],
                        new ReceiptNumber((String) r[2]),
                        (String) r[3],
                        (String) r[4]))
                .toList();
    }

    /** Accounts that read more than {@code persons} distinct reports since {@code since}, most first. */
    public List<AccessAudit.HeavyReader> heavyReaders(Instant since, int persons) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT actor, COUNT(DISTINCT complaint_id) AS persons"
                        + " FROM cmp_access_log WHERE at >= ? GROUP BY actor HAVING persons > ? ORDER BY persons DESC")
                .setParameter(1, LocalDateTime.ofInstant(since, ZoneOffset.UTC))
                .setParameter(2, persons)
                .getResultList();
        return rows.stream()
                .map(r -> new AccessAudit.HeavyReader((String) r[0], ((Number) r[1]).longValue()))
                .toList();
    }

    public long count(AccessAudit.Query query) {
        var sql = new StringBuilder(
                "SELECT COUNT(*) FROM cmp_access_log l JOIN cmp_complaint c ON c.id =" + " l.complaint_id WHERE 1 = 1");
        List<Object> parameters = where(query, sql);
        var select = em.createNativeQuery(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            select.setParameter(i + 1, parameters.get(i));
        }
        return ((Number) select.getSingleResult()).longValue();
    }

    private static List<Object> where(AccessAudit.Query query, StringBuilder sql) {
        var parameters = new java.util.ArrayList<Object>();
        if (query.receipt() != null) {
            sql.append(" AND c.receipt_number = ?");
            parameters.add(query.receipt().value());
        }
        if (query.actor() != null && !query.actor().isBlank()) {
            sql.append(" AND l.actor = ?");
            parameters.add(query.actor().strip());
        }
        if (query.from() != null) {
            sql.append(" AND l.at >= ?");
            parameters.add(LocalDateTime.ofInstant(query.from(), ZoneOffset.UTC));
        }
        if (query.to() != null) {
            sql.append(" AND l.at < ?");
            parameters.add(LocalDateTime.ofInstant(query.to(), ZoneOffset.UTC));
        }
        return parameters;
    }
}
