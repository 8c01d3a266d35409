package jp.spamcenter.complaint.api;

import java.util.List;
import java.util.Set;

/**
 * A module's consumer of the complaint module's events (a CDI bean; the outbox finds every one). Each consumer
 * has a delivery record of its own for every event it wants: it is called with batches of its due events in the
 * order they were published, inside a transaction in which its work and its deliveries commit together. A consumer
 * that fails rolls back only its own work: its events are tried again, one at a time to find the one that fails,
 * with growing pauses, while every other consumer goes on.
 */
public interface ComplaintEventConsumer {

    /** The consumer's name, kept with its deliveries: never change it once deployed. */
    String name();

    /** The kinds of event it consumes. */
    default Set<Class<? extends ComplaintEvent>> consumes() {
        return Set.of(ComplaintReceived.class, ComplaintAnalysed.class);
    }

    /** Does the consumer's work for the events, in the delivery's transaction. */
    void consume(List<ComplaintEvent> events);
}
