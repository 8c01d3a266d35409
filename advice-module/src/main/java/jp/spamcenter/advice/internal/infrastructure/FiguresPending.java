package jp.spamcenter.advice.internal.infrastructure;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Deliveries of figures waiting for their consumers ({@code adv_figures_pending}): one row per consumer and case
 * or referral. Claimed with {@code FOR UPDATE SKIP LOCKED}, so that instances share them; a change made while
 * a row waits leaves it as it is (the figures are read when it is delivered).
 */
public class FiguresPending {

    /** What changed. */
    public enum Kind {
        CASE,
        REFERRAL
    }

    private final Connection connection;

    public FiguresPending(Connection connection) {
        this.connection = connection;
    }

    /** On the connection of the entity manager's transaction. */
    public FiguresPending(EntityManager em) {
        this(em.unwrap(Connection.class));
    }

    /** Leaves a delivery for every consumer, in the caller's transaction. */
    public void changed(Kind kind, long id, Collection<String> consumers, Instant at) {
        if (consumers.isEmpty()) {
            return;
        }
        try (var insert = connection.prepareStatement(
                "INSERT IGNORE INTO adv_figures_pending (consumer, kind, entity_id, next_attempt_at) VALUES "
                        + String.join(", ", Collections.nCopies(consumers.size(), "(?, ?, ?, ?)")))) {
            int p = 1;
            for (String consumer : consumers) {
                insert.setString(p++, consumer);
                insert.setString(p++, kind.name());
                insert.setLong(p++, id);
                insert.setObject(p++, utc(at));
            }
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("the change of " + kind + " " + id + " could not be kept", e);
        }
    }

    /** Locks up to {@code limit} of the consumer's due deliveries of one kind, skipping those others hold. */
    public List<Long> claim(String consumer, Kind kind, Instant now, int limit) {
        return due(consumer, kind, now, limit, " FOR UPDATE SKIP LOCKED");
    }

    /** The consumer's due deliveries of one kind, read without locks. */
    public List<Long> due(String consumer, Kind kind, Instant now, int limit) {
        return due(consumer, kind, now, limit, "");
    }

    /** Locks one delivery if nobody holds it. */
    public boolean claimOne(String consumer, Kind kind, long id) {
        try (var select = connection.prepareStatement("SELECT entity_id FROM adv_figures_pending WHERE consumer = ?"
                + " AND kind = ? AND entity_id = ? FOR UPDATE SKIP LOCKED")) {
            select.setString(1, consumer);
            select.setString(2, kind.name());
            select.setLong(3, id);
            try (var rows = select.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("pending figures could not be read for " + consumer, e);
        }
    }

    private List<Long> due(String consumer, Kind kind, Instant now, int limit, String locking) {
        try (var select = connection.prepareStatement("SELECT entity_id FROM adv_figures_pending WHERE consumer = ?"
                + " AND kind = ? AND next_attempt_at <= ? ORDER BY entity_id LIMIT ?" + locking)) {
            select.setString(1, consumer);
            select.setString(2, kind.name());
            select.setObject(3, utc(now));
            select.setInt(4, limit);
            var ids = new ArrayList<Long>();
            try (var rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("pending figures could not be read for " + consumer, e);
        }
    }

    /** The consumer has the figures: the deliveries are done. */
    public void delivered(String consumer, Kind kind, List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        try (var delete = connection.prepareStatement("DELETE FROM adv_figures_pending WHERE consumer = ? AND kind = ?"
                + " AND entity_id IN (" + ids.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")")) {
            delete.setString(1, consumer);
            delete.setString(2, kind.name());
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("delivered figures could not be marked for " + consumer, e);
        }
    }

    /** A failed delivery, tried again after a pause that doubles from 2 s up to 30 min. */
    public void failed(String consumer, Kind kind, long id, String error, Instant at) {
        // MariaDB assigns left to right: the pause is set from the attempts before this one is counted
        try (var update = connection.prepareStatement("UPDATE adv_figures_pending SET"
                + " next_attempt_at = DATE_ADD(?, INTERVAL LEAST(1800, POW(2, LEAST(attempts + 1, 20))) SECOND),"
                + " attempts = attempts + 1, last_error = ? WHERE consumer = ? AND kind = ? AND entity_id = ?")) {
            update.setObject(1, utc(at));
            update.setString(2, error == null ? null : error.substring(0, Math.min(error.length(), 1000)));
            update.setString(3, consumer);
            update.setString(4, kind.name());
            update.setLong(5, id);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("a failed delivery of figures could not be recorded", e);
        }
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
