package jp.spamcenter.complaint.internal.infrastructure;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.spamcenter.complaint.api.ComplaintAnalysed;
import jp.spamcenter.complaint.api.ComplaintReceived;

/**
 * The table of events waiting for delivery. Safe with several server instances: a message is claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so one instance delivers it while the others pass over it.
 */
public class OutboxStore {

    /** The events this module publishes, by the name stored with each message. */
    static final Map<String, Class<? extends Record>> EVENT_TYPES = Map.of(
            ComplaintReceived.class.getSimpleName(), ComplaintReceived.class,
            ComplaintAnalysed.class.getSimpleName(), ComplaintAnalysed.class);

    private static final Jsonb JSON = JsonbBuilder.create();

    private final EntityManager em;

    public OutboxStore(EntityManager em) {
        this.em = em;
    }

    /** Queues an event in the caller's transaction. */
    public OutboxMessage append(Record event, Instant at) {
        String type = event.getClass().getSimpleName();
        if (EVENT_TYPES.get(type) != event.getClass()) {
            throw new IllegalArgumentException("not an event of the complaint module: " + event.getClass());
        }
        var message = new OutboxMessage(type, JSON.toJson(event), at);
        em.persist(message);
        return message;
    }

    /** Ids of messages due for delivery, oldest first; read without locks. */
    public List<Long> dueIds(Instant now, int limit) {
        return em.createQuery(
                        "SELECT m.id FROM OutboxMessage m WHERE m.deliveredAt IS NULL AND m.nextAttemptAt <= :now"
                                + " ORDER BY m.id",
                        Long.class)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Locks up to {@code limit} due messages for this transaction, oldest first, skipping those others hold. */
    public List<OutboxMessage> claimDue(Instant now, int limit) {
        List<?> ids = em.createNativeQuery(
                        "SELECT id FROM cmp_outbox WHERE delivered_at IS NULL AND next_attempt_at <= ?"
                                + " ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED")
                .setParameter(1, AnalysisJobs.utc(now))
                .setParameter(2, limit)
                .getResultList();
        return ids.stream()
                .map(id -> em.find(OutboxMessage.class, ((Number) id).longValue()))
                .toList();
    }

    /**
     * Locks the message for this transaction if it is still undelivered and no other transaction holds it.
     */
    public Optional<OutboxMessage> claim(long id) {
        List<?> locked = em.createNativeQuery(
                        "SELECT id FROM cmp_outbox WHERE id = ? AND delivered_at IS NULL FOR UPDATE SKIP LOCKED")
                .setParameter(1, id)
                .getResultList();
        return locked.isEmpty() ? Optional.empty() : Optional.ofNullable(em.find(OutboxMessage.class, id));
    }

    /** The event a message carries, as the record its observers expect. */
    public Record eventOf(OutboxMessage message) {
        Class<? extends Record> type = EVENT_TYPES.get(message.eventType());
        if (type == null) {
            throw new IllegalStateException("unknown event type in outbox: " + message.eventType());
        }
        return JSON.fromJson(message.payload(), type);
    }

    /** Messages that failed at least once and are still undelivered: what an operator must look at. */
    public long countFailing() {
        return em.createQuery(
                        "SELECT COUNT(m) FROM OutboxMessage m WHERE m.deliveredAt IS NULL AND m.attempts > 0",
                        Long.class)
                .getSingleResult();
    }
}
