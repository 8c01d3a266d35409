package jp.spamcenter.complaint.internal.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * Delivers outbox messages inside transactions: the observers run inside them, so what they write and the
 * messages' "delivered" marks commit together, or nothing does and the messages are tried again later. Due
 * messages go in batches (one commit for many); after a batch fails, one message per transaction finds the one
 * whose observer fails.
 */
@ApplicationScoped
public class OutboxDelivery {

    @PersistenceContext(unitName = "complaint")
    EntityManager em;

    @Inject
    Event<Object> events;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> dueIds(int limit) {
        return new OutboxStore(em).dueIds(Instant.now(), limit);
    }

    /** Delivers up to {@code limit} due messages in one transaction; how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int deliverDue(int limit) {
        var store = new OutboxStore(em);
        Instant now = Instant.now();
        List<OutboxMessage> due = store.claimDue(now, limit);
        for (OutboxMessage message : due) {
            events.fire(store.eventOf(message));
            message.delivered(now);
        }
        return due.size();
    }

    /** Delivers the message unless another instance holds it or has delivered it; true when delivered here. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean deliver(long id) {
        var store = new OutboxStore(em);
        var claimed = store.claim(id);
        if (claimed.isEmpty()) {
            return false;
        }
        OutboxMessage message = claimed.get();
        Record event = store.eventOf(message);
        events.fire(event); // observers are resolved by the event's runtime type
        message.delivered(Instant.now());
        return true;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordFailure(long id, String error) {
        var message = em.find(OutboxMessage.class, id);
        if (message != null && message.deliveredAt() == null) {
            message.failed(error, Instant.now());
        }
    }
}
