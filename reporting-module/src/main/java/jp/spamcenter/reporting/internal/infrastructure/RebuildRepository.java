package jp.spamcenter.reporting.internal.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import jp.spamcenter.reporting.api.StatisticsRebuild.Progress;

/** The rebuilds of the rollups ({@code rep_rebuild}): when each started, how far it is, and the emptying. */
@ApplicationScoped
public class RebuildRepository {

    /** The tables a rebuild empties and fills again. */
    public static final List<String> TABLES =
            List.of("rep_complaint", "rep_daily", "rep_case", "rep_case_daily", "rep_referral", "rep_referral_daily");

    @PersistenceContext(unitName = "reporting")
    EntityManager em;

    @Resource(lookup = "java:app/jdbc/spamcenter")
    DataSource dataSource;

    public RebuildRepository() {}

    /** Outside the container (tests, tools): on the given entity manager. */
    public RebuildRepository(EntityManager em) {
        this.em = em;
    }

    /** A rebuild not finished, locked by this transaction: what it counts now, from which id. */
    public record Running(long id, long lastId, String phase, long total) {}

    /**
     * Empties the rollups and records a new rebuild, outside any transaction ({@code TRUNCATE} commits on its own):
     * the tables are held together meanwhile, so events wait, then count into the empty tables.
     */
    public void start(Instant at, String by, long total) {
        try (Connection connection = dataSource.getConnection()) {
            try (Statement sql = connection.createStatement()) {
                sql.execute("LOCK TABLES "
                        + String.join(
                                ", ", TABLES.stream().map(t -> t + " WRITE").toList()));
                try {
                    for (String table : TABLES) {
                        sql.execute("TRUNCATE TABLE " + table);
                    }
                } finally {
                    sql.execute("UNLOCK TABLES");
                }
            }
            try (var insert = connection.prepareStatement(
                    "INSERT INTO rep_rebuild (started_at, started_by, total) VALUES (?, ?, ?)")) {
                insert.setObject(1, LocalDateTime.ofInstant(at, ZoneOffset.UTC));
                insert.setString(2, by);
                insert.setLong(3, total);
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the rollups could not be emptied for the rebuild", e);
        }
    }

    /** The latest rebuild, running or finished. */
    public Optional<Progress> latest() {
        List<?> rows = em.createNativeQuery(
                        "SELECT id, started_at, started_by, finished_at, done, total FROM rep_rebuild"
                                + " ORDER BY id DESC LIMIT 1")
                .getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .findFirst()
                .map(r -> new Progress(
                        ((Number) r[0]).longValue(),
                        instant(r[1]),
                        (String) r[2],
                        instant(r[3]),
                        ((Number) r[4]).longValue(),
                        ((Number) r[5]).longValue()));
    }

    /** The oldest rebuild not finished, unless another instance holds it. */
    public Optional<Running> lockRunning() {
        List<?> rows = em.createNativeQuery(
                        "SELECT id, last_id, phase, total FROM rep_rebuild WHERE finished_at IS NULL"
                                + " ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED")
                .getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .findFirst()
                .map(r -> new Running(
                        ((Number) r[0]).longValue(),
                        ((Number) r[1]).longValue(),
                        (String) r[2],
                        ((Number) r[3]).longValue()));
    }

    /** How much the rebuild has to count (one started by a migration does not know). */
    public void total(long id, long total) {
        update("UPDATE rep_rebuild SET total = ? WHERE id = ?", total, id);
    }

    /** A slice counted, up to {@code lastId}. */
    public void counted(long id, long lastId, int count) {
        update("UPDATE rep_rebuild SET last_id = ?, done = done + ? WHERE id = ?", lastId, count, id);
    }

    /** The next phase begins from the first id. */
    public void phase(long id, String phase) {
        update("UPDATE rep_rebuild SET phase = ?, last_id = 0 WHERE id = ?", phase, id);
    }

    public void finished(long id, Instant at) {
        update("UPDATE rep_rebuild SET finished_at = ? WHERE id = ?", LocalDateTime.ofInstant(at, ZoneOffset.UTC), id);
    }

    private void update(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        query.executeUpdate();
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        LocalDateTime local = value instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
        return local.toInstant(ZoneOffset.UTC);
    }
}
