package jp.spamcenter.web.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * What administrators did ({@code web_admin_log}): accounts created, enabled and disabled, api keys issued and
 * revoked, the directory imported and edited, statistics rebuilt and checked, re-analyses started. Written right
 * after the action succeeded, in a transaction of its own; the audit page shows it.
 */
@ApplicationScoped
public class AdminLog {

    /** One action: when, by whom, what ({@code ACCOUNT_CREATED}, …) and on what. */
    public record Action(Instant at, String actor, String action, String target) implements java.io.Serializable {}

    @PersistenceContext(unitName = "web")
    EntityManager em;

    /** The center's clock. */
    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String actor, String action, String target) {
        em.createNativeQuery("INSERT INTO web_admin_log (at, actor, action, target) VALUES (?, ?, ?, ?)")
                .setParameter(1, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .setParameter(2, actor == null ? "?" : cut(actor, 100))
                .setParameter(3, action)
                .setParameter(4, target == null ? null : cut(target, 200))
                .executeUpdate();
    }

    /** Newest first, at most {@code max}; null arguments match everything. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Action> search(String actor, Instant from, Instant to, int max) {
        var sql = new StringBuilder("SELECT at, actor, action, target FROM web_admin_log WHERE 1 = 1");
        var parameters = new ArrayList<Object>();
        if (actor != null) {
            sql.append(" AND actor = ?");
            parameters.add(actor);
        }
        if (from != null) {
            sql.append(" AND at >= ?");
            parameters.add(LocalDateTime.ofInstant(from, ZoneOffset.UTC));
        }
        if (to != null) {
            sql.append(" AND at < ?");
            parameters.add(LocalDateTime.ofInstant(to, ZoneOffset.UTC));
        }
        var query =
                em.createNativeQuery(sql.append(" ORDER BY at DESC, id DESC").toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.setMaxResults(max).getResultList();
        return rows.stream()
                .map(r -> new Action(
                        ((Timestamp) r[0]).toLocalDateTime().toInstant(ZoneOffset.UTC),
                        (String) r[1],
                        (String) r[2],
                        (String) r[3]))
                .toList();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
