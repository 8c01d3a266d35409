package jp.spamcenter.complaint.internal.infrastructure;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.spamcenter.complaint.api.ComplaintAnalysed;
import jp.spamcenter.complaint.api.ComplaintEvent;
import jp.spamcenter.complaint.api.ComplaintReceived;

/**
 * The outbox's tables: {@code cmp_outbox} holds each event once, {@code cmp_outbox_delivery} one row per event
 * and consumer until that consumer has it. Safe with several server instances: deliveries are claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so one instance delivers them while the others pass over them; each consumer's
 * rows are apart, so one consumer's claims never hold back another's. Plain JDBC on the caller's transaction's
 * connection: events are written and delivered in batches.
 */
public class OutboxStore {

    /** The events this module publishes, by the name stored with each. */
    static final Map<String, Class<? extends ComplaintEvent>> EVENT_TYPES = Map.of(
            ComplaintReceived.class.getSimpleName(), ComplaintReceived.class,
            ComplaintAnalysed.class.getSimpleName(), ComplaintAnalysed.class);

    static final int ERROR_MAX = 1000;
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(30);
    /** Rows per multi-row statement. */
    private static final int ROWS = 500;

    private static final Jsonb JSON = JsonbBuilder.create();

    /** A consumer as the outbox knows it: its name and the kinds of event it takes. */
    public record Consumer(String name, Collection<Class<? extends ComplaintEvent>> consumes) {}

    /** An event due for a consumer. */
    public record Due(long messageId, ComplaintEvent event) {}

    private final Connection connection;

    public OutboxStore(Connection connection) {
        this.connection = connection;
    }

    /**
     * Writes the events and their deliveries on the connection of the entity manager's transaction: they are
     * published exactly when the caller's work commits.
     */
    public static void appendInTransaction(
            EntityManager em, List<? extends ComplaintEvent> events, Instant at, Collection<Consumer> consumers) {
        try {
            new OutboxStore(em.unwrap(Connection.class)).append(events, at, consumers);
        } catch (SQLException e) {
            throw new IllegalStateException("the events could not be written to the outbox", e);
        }
    }

    /** Writes the events, and a delivery for each consumer that takes its kind, in the caller's transaction. */
    public void append(List<? extends ComplaintEvent> events, Instant at, Collection<Consumer> consumers)
            throws SQLException {
        for (int from = 0; from < events.size(); from += ROWS) {
            List<? extends ComplaintEvent> slice = events.subList(from, Math.min(events.size(), from + ROWS));
            var ids = new ArrayList<Long>(slice.size());
            try (PreparedStatement insert =
                    connection.prepareStatement("INSERT INTO cmp_outbox (event_type, payload, occurred_at) VALUES "
                            + BulkInsert.rows(slice.size(), 3) + " RETURNING id")) {
                int p = 1;
                for (ComplaintEvent event : slice) {
                    insert.setString(p++, event.getClass().getSimpleName());
                    insert.setString(p++, JSON.toJson(event));
                    insert.setObject(p++, AnalysisJobs.utc(at));
                }
                try (var rows = insert.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
            }
            var deliveries = new ArrayList<Object[]>();
            for (int i = 0; i < slice.size(); i++) {
                for (Consumer consumer : consumers) {
                    if (consumer.consumes().contains(slice.get(i).getClass())) {
                        deliveries.add(new Object[] {consumer.name(), ids.get(i)});
                    }
                }
            }
            if (deliveries.isEmpty()) {
                continue;
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO cmp_outbox_delivery (consumer, message_id, next_attempt_at) VALUES "
                            + BulkInsert.rows(deliveries.size(), 3))) {
                int p = 1;
                for (Object[] delivery : deliveries) {
                    insert.setString(p++, (String) delivery[0]);
                    insert.setLong(p++, (Long) delivery[1]);
                    insert.setObject(p++, AnalysisJobs.utc(at));
                }
                insert.executeUpdate();
            }
        }
    }

    /**
     * Locks up to {@code limit} of the consumer's due deliveries for this transaction, oldest event first,
     * skipping those another transaction holds; their events.
     */
    public List<Due> claim(String consumer, Instant now, int limit) throws SQLException {
        var ids = new ArrayList<Long>();
        try (var select = connection.prepareStatement("SELECT message_id FROM cmp_outbox_delivery WHERE consumer = ?"
                + " AND next_attempt_at <= ? ORDER BY message_id LIMIT ? FOR UPDATE SKIP LOCKED")) {
            select.setString(1, consumer);
            select.setObject(2, AnalysisJobs.utc(now));
            select.setInt(3, limit);
            try (var rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return events(ids);
    }

    /** Locks one delivery if it is still due and nobody holds it; its event, or none. */
    public List<Due> claimOne(String consumer, long messageId) throws SQLException {
        try (var select = connection.prepareStatement("SELECT message_id FROM cmp_outbox_delivery WHERE consumer = ?"
                + " AND message_id = ? FOR UPDATE SKIP LOCKED")) {
            select.setString(1, consumer);
            select.setLong(2, messageId);
            try (var rows = select.executeQuery()) {
                return rows.next() ? events(List.of(messageId)) : List.of();
            }
        }
    }

    /** The consumer's due deliveries, oldest first, read without locks. */
    public List<Long> dueIds(String consumer, Instant now, int limit) throws SQLException {
        try (var select = connection.prepareStatement("SELECT message_id FROM cmp_outbox_delivery WHERE consumer = ?"
                + " AND next_attempt_at <= ? ORDER BY message_id LIMIT ?")) {
            select.setString(1, consumer);
            select.setObject(2, AnalysisJobs.utc(now));
            select.setInt(3, limit);
            var ids = new ArrayList<Long>();
            try (var rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        }
    }

    private List<Due> events(List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        var events = new HashMap<Long, ComplaintEvent>();
        try (var select = connection.prepareStatement("SELECT id, event_type, payload FROM cmp_outbox WHERE id IN ("
                + ids.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")")) {
            try (var rows = select.executeQuery()) {
                while (rows.next()) {
                    events.put(rows.getLong(1), eventOf(rows.getString(2), rows.getString(3)));
                }
            }
        }
        return ids.stream().map(id -> new Due(id, events.get(id))).toList();
    }

    /** The consumer has the events: their deliveries are done. */
    public void delivered(String consumer, List<Long> messageIds) throws SQLException {
        if (messageIds.isEmpty()) {
            return;
        }
        try (var delete = connection.prepareStatement("DELETE FROM cmp_outbox_delivery WHERE consumer = ? AND"
                + " message_id IN (" + messageIds.stream().map(String::valueOf).collect(Collectors.joining(","))
                + ")")) {
            delete.setString(1, consumer);
            delete.executeUpdate();
        }
    }

    /** A failed delivery, tried again after a pause that doubles from 2 s up to 30 min. */
    public void failed(String consumer, long messageId, String error, Instant at) throws SQLException {
        // MariaDB assigns left to right: the pause is set from the attempts before this one is counted
        try (var update = connection.prepareStatement("UPDATE cmp_outbox_delivery SET"
                + " next_attempt_at = DATE_ADD(?, INTERVAL LEAST(?, POW(2, LEAST(attempts + 1, 20))) SECOND),"
                + " attempts = attempts + 1, last_error = ? WHERE consumer = ? AND message_id = ?")) {
            update.setObject(1, AnalysisJobs.utc(at));
            update.setLong(2, MAX_BACKOFF.toSeconds());
            update.setString(3, error == null ? null : error.substring(0, Math.min(error.length(), ERROR_MAX)));
            update.setString(4, consumer);
            update.setLong(5, messageId);
            update.executeUpdate();
        }
    }

    /** A consumer's pending deliveries: how many, how many failed at least once, and since when the oldest waits. */
    public record Backlog(String consumer, long pending, long failing, Instant oldest, String lastError) {}

    /** Every consumer's backlog: what an operator looks at. */
    public List<Backlog> backlogs() throws SQLException {
        try (var select = connection.prepareStatement("SELECT d.consumer, COUNT(*), SUM(d.attempts > 0),"
                        + " MIN(m.occurred_at), MAX(d.last_error) FROM cmp_outbox_delivery d"
                        + " JOIN cmp_outbox m ON m.id = d.message_id GROUP BY d.consumer ORDER BY d.consumer");
                var rows = select.executeQuery()) {
            var backlogs = new ArrayList<Backlog>();
            while (rows.next()) {
                backlogs.add(new Backlog(
                        rows.getString(1),
                        rows.getLong(2),
                        rows.getLong(3),
                        AnalysisJobs.instant(rows.getObject(4)),
                        rows.getString(5)));
            }
            return backlogs;
        }
    }

    /**
     * Forgets events every consumer has had for longer than {@code kept}, up to {@code limit} of them; how many.
     * Events are kept a while for an operator's look after a failure.
     */
    public int forgetDelivered(Instant before, int limit) throws SQLException {
        try (var delete = connection.prepareStatement("DELETE FROM cmp_outbox WHERE occurred_at < ? AND id <"
                + " (SELECT COALESCE(MIN(message_id), 9223372036854775807) FROM cmp_outbox_delivery)"
                + " ORDER BY id LIMIT ?")) {
            delete.setObject(1, AnalysisJobs.utc(before));
            delete.setInt(2, limit);
            return delete.executeUpdate();
        }
    }

    /** The event a stored payload carries, as the record its consumers expect. */
    static ComplaintEvent eventOf(String type, String payload) {
        Class<? extends ComplaintEvent> kind = EVENT_TYPES.get(type);
        if (kind == null) {
            throw new IllegalStateException("unknown event type in outbox: " + type);
        }
        return JSON.fromJson(payload, kind);
    }
}
