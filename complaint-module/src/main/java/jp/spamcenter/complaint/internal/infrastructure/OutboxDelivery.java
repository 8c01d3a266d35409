package jp.spamcenter.complaint.internal.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.spamcenter.complaint.api.ComplaintEvent;
import jp.spamcenter.complaint.api.ComplaintEventConsumer;

/**
 * Delivers the outbox's events to one consumer at a time, each batch in a transaction of its own: the consumer's
 * work and its deliveries commit together, or nothing does and they are tried again later. After a batch fails,
 * one event per transaction finds the one that fails.
 */
@ApplicationScoped
public class OutboxDelivery {

    /** The center's clock. */
    @Inject
    Clock clock;

    @PersistenceContext(unitName = "complaint")
    EntityManager em;

    @Inject
    @Any
    Instance<ComplaintEventConsumer> found;

    private volatile Map<String, ComplaintEventConsumer> consumers;

    /** Every consumer by name; two with one name are a programming error. */
    public Map<String, ComplaintEventConsumer> consumers() {
        if (consumers == null) {
            var byName = new HashMap<String, ComplaintEventConsumer>();
            for (ComplaintEventConsumer consumer : found) {
                if (byName.put(consumer.name(), consumer) != null) {
                    throw new IllegalStateException("two consumers of complaint events are named " + consumer.name());
                }
            }
            consumers = Map.copyOf(byName);
        }
        return consumers;
    }

    /** The consumers as the outbox stores their deliveries. */
    public List<OutboxStore.Consumer> registered() {
        return consumers().values().stream()
                .map(c -> new OutboxStore.Consumer(c.name(), Set.copyOf(c.consumes())))
                .toList();
    }

    /** Delivers up to {@code limit} of the consumer's due events in one transaction; how many. */
    @Transactional(TxType.REQUIRES_NEW)
    public int deliverDue(String consumer, int limit) {
        try {
            var store = store();
            List<OutboxStore.Due> due = store.claim(consumer, clock.instant(), limit);
            deliver(store, consumer, due);
            return due.size();
        } catch (SQLException e) {
            throw new IllegalStateException("the outbox could not be read for " + consumer, e);
        }
    }

    /** Delivers one event unless another instance holds it or has delivered it; true when delivered here. */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean deliverOne(String consumer, long messageId) {
        try {
            var store = store();
            List<OutboxStore.Due> due = store.claimOne(consumer, messageId);
            deliver(store, consumer, due);
            return !due.isEmpty();
        } catch (SQLException e) {
            throw new IllegalStateException("the outbox could not be read for " + consumer, e);
        }
    }

    private void deliver(OutboxStore store, String consumer, List<OutboxStore.Due> due) throws SQLException {
        if (due.isEmpty()) {
            return;
        }
        List<ComplaintEvent> events = due.stream().map(OutboxStore.Due::event).toList();
        consumers().get(consumer).consume(events);
        store.delivered(consumer, due.stream().map(OutboxStore.Due::messageId).toList());
    }

    @Transactional(TxType.REQUIRES_NEW)
    public List<Long> dueIds(String consumer, int limit) {
        try {
            return store().dueIds(consumer, clock.instant(), limit);
        } catch (SQLException e) {
            throw new IllegalStateException("the outbox could not be read for " + consumer, e);
        }
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void recordFailure(String consumer, long messageId, String error) {
        try {
            store().failed(consumer, messageId, error, clock.instant());
        } catch (SQLException e) {
            throw new IllegalStateException("a failed delivery could not be recorded", e);
        }
    }

    /** Every consumer's backlog. */
    @Transactional(TxType.REQUIRES_NEW)
    public List<OutboxStore.Backlog> backlogs() {
        try {
            return store().backlogs();
        } catch (SQLException e) {
            throw new IllegalStateException("the outbox could not be read", e);
        }
    }

    /** Forgets events delivered to every consumer before {@code before}, a slice at a time; how many. */
    @Transactional(TxType.REQUIRES_NEW)
    public int forgetDelivered(Instant before, int limit) {
        try {
            return store().forgetDelivered(before, limit);
        } catch (SQLException e) {
            throw new IllegalStateException("delivered events could not be forgotten", e);
        }
    }

    private OutboxStore store() {
        return new OutboxStore(em.unwrap(Connection.class));
    }
}
