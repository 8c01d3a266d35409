package jp.spamcenter.reporting.internal.infrastructure;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import jp.spamcenter.reporting.api.Statistics.Dimension;
import jp.spamcenter.reporting.api.StatisticsCheck;
import jp.spamcenter.reporting.api.StatisticsCheck.Difference;
import jp.spamcenter.reporting.api.StatisticsCheck.Result;

/**
 * The statistics checks and what they compare: {@code rep_check} and its differences, and one day's report
 * rollups as stored. Each call is its own statement (autocommit) on a connection of the pool: a check runs for
 * minutes and holds no transaction open meanwhile.
 */
public class CheckRecords {

    /** One rollup: within a slice, a dimension's value. */
    public record Figure(String slice, String dimension, String value) {}

    private final DataSource dataSource;

    public CheckRecords(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A new check waiting to run, unless one waits or runs already; the id of the one that will. */
    public long request(String by, Instant at) {
        try (Connection c = dataSource.getConnection()) {
            Optional<Long> open = unfinished(c);
            if (open.isPresent()) {
                return open.get();
            }
            try (var insert = c.prepareStatement(
                    "INSERT INTO rep_check (requested_at, requested_by) VALUES (?, ?)",
                    PreparedStatement.RETURN_GENERATED_KEYS)) {
                insert.setObject(1, utc(at));
                insert.setString(2, by.length() > 64 ? by.substring(0, 64) : by);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the statistics check could not be asked for", e);
        }
    }

    /** The oldest check not finished (waiting, or left by an instance that stopped). */
    public Optional<Long> unfinished() {
        try (Connection c = dataSource.getConnection()) {
            return unfinished(c);
        } catch (SQLException e) {
            throw new IllegalStateException("the statistics checks could not be read", e);
        }
    }

    private static Optional<Long> unfinished(Connection c) throws SQLException {
        try (var select = c.prepareStatement("SELECT MIN(id) FROM rep_check WHERE finished_at IS NULL");
                ResultSet rows = select.executeQuery()) {
            rows.next();
            long id = rows.getLong(1);
            return rows.wasNull() ? Optional.empty() : Optional.of(id);
        }
    }

    /** Marks the check started (again, should an instance have stopped while running it). */
    public void started(long id, Instant at) {
        update(
                "UPDATE rep_check SET started_at = ?, reports = 0, days = 0, rows_compared = 0 WHERE id = ?",
                utc(at),
                id);
    }

    /** How far a running check has come. */
    public void progress(long id, long reports, long days, long rows) {
        update("UPDATE rep_check SET reports = ?, days = ?, rows_compared = ? WHERE id = ?", reports, days, rows, id);
    }

    /** Ends a check with its figures and the first {@link StatisticsCheck#SHOWN} of its differences. */
    public void finish(long id, Instant at, long reports, long days, long rows, List<Difference> differences) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (var delete = c.prepareStatement("DELETE FROM rep_check_difference WHERE check_id = ?")) {
                    delete.setLong(1, id);
                    delete.executeUpdate();
                }
                int shown = Math.min(differences.size(), StatisticsCheck.SHOWN);
                if (shown > 0) {
                    try (var insert = c.prepareStatement("INSERT INTO rep_check_difference (check_id, seq, slice,"
                            + " dimension, day, value, expected, found) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                        for (int i = 0; i < shown; i++) {
                            Difference d = differences.get(i);
                            insert.setLong(1, id);
                            insert.setInt(2, i);
                            insert.setString(3, d.slice());
                            insert.setString(4, d.dimension().name());
                            insert.setObject(5, d.day());
                            insert.setString(6, d.value());
                            insert.setLong(7, d.expected());
                            insert.setLong(8, d.found());
                            insert.addBatch();
                        }
                        insert.executeBatch();
                    }
                }
                try (var update = c.prepareStatement("UPDATE rep_check SET finished_at = ?, reports = ?, days = ?,"
                        + " rows_compared = ?, difference_count = ? WHERE id = ?")) {
                    update.setObject(1, utc(at));
                    update.setLong(2, reports);
                    update.setLong(3, days);
                    update.setLong(4, rows);
                    update.setLong(5, differences.size());
                    update.setLong(6, id);
                    update.executeUpdate();
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the result of statistics check " + id + " could not be kept", e);
        }
    }

    /** The latest check with its differences. */
    public Optional<Result> latest() {
        try (Connection c = dataSource.getConnection()) {
            try (var select = c.prepareStatement(
                            "SELECT id, requested_at, requested_by, started_at, finished_at,"
                                    + " reports, days, rows_compared, difference_count FROM rep_check ORDER BY id DESC LIMIT 1");
                    ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                long id = row.getLong(1);
                return Optional.of(new Result(
                        id,
                        instant(row.getTimestamp(2)),
                        row.getString(3),
                        instant(row.getTimestamp(4)),
                        instant(row.getTimestamp(5)),
                        row.getLong(6),
                        row.getLong(7),
                        row.getLong(8),
                        row.getLong(9),
                        differences(c, id)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the statistics checks could not be read", e);
        }
    }

    private static List<Difference> differences(Connection c, long id) throws SQLException {
        try (var select = c.prepareStatement("SELECT slice, dimension, day, value, expected, found"
                + " FROM rep_check_difference WHERE check_id = ? ORDER BY seq")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                var differences = new ArrayList<Difference>();
                while (rows.next()) {
                    differences.add(new Difference(
                            rows.getString(1),
                            Dimension.valueOf(rows.getString(2)),
                            rows.getDate(3).toLocalDate(),
                            rows.getString(4),
                            rows.getLong(5),
                            rows.getLong(6)));
                }
                return differences;
            }
        }
    }

    /** The first and the last day that has a rollup of reports. */
    public Optional<LocalDate[]> rollupDays() {
        try (Connection c = dataSource.getConnection();
                var select = c.prepareStatement("SELECT MIN(day), MAX(day) FROM rep_daily");
                ResultSet rows = select.executeQuery()) {
            rows.next();
            Date first = rows.getDate(1);
            return first == null
                    ? Optional.empty()
                    : Optional.of(new LocalDate[] {
                        first.toLocalDate(), rows.getDate(2).toLocalDate()
                    });
        } catch (SQLException e) {
            throw new IllegalStateException("the rollups could not be read", e);
        }
    }

    /** Every non-zero rollup of reports on a day, as stored. */
    public Map<Figure, Long> rollupsOn(LocalDate day) {
        try (Connection c = dataSource.getConnection();
                var select = c.prepareStatement(
                        "SELECT slice, dimension, value, complaints FROM rep_daily WHERE day = ? AND complaints <> 0")) {
            select.setObject(1, day);
            try (ResultSet rows = select.executeQuery()) {
                var figures = new HashMap<Figure, Long>();
                while (rows.next()) {
                    figures.put(new Figure(rows.getString(1), rows.getString(2), rows.getString(3)), rows.getLong(4));
                }
                return figures;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the rollups of " + day + " could not be read", e);
        }
    }

    private void update(String sql, Object... values) {
        try (Connection c = dataSource.getConnection();
                var update = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                update.setObject(i + 1, values[i]);
            }
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("a statistics check could not be recorded", e);
        }
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
