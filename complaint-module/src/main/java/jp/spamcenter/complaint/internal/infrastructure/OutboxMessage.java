package jp.spamcenter.complaint.internal.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** An event of this module waiting to be delivered to its observers, written in the publisher's transaction. */
@Entity
@Table(name = "cmp_outbox")
public class OutboxMessage {

    static final int ERROR_MAX = 1000;
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(30);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_type", nullable = false, length = 100)
    private String eventType;

    @Column(nullable = false)
    private String payload;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "last_error", length = ERROR_MAX)
    private String lastError;

    protected OutboxMessage() {}

    OutboxMessage(String eventType, String payload, Instant occurredAt) {
        this.eventType = eventType;
        this.payload = payload;
        this.occurredAt = occurredAt;
        this.nextAttemptAt = occurredAt;
    }

    void delivered(Instant at) {
        attempts++;
        deliveredAt = at;
        lastError = null;
    }

    /** Backs off exponentially from 2 s up to 30 min, so a broken observer does not spin. */
    void failed(String error, Instant at) {
        attempts++;
        long seconds = Math.min(MAX_BACKOFF.toSeconds(), 1L << Math.min(attempts, 20));
        nextAttemptAt = at.plusSeconds(seconds);
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), ERROR_MAX));
    }

    public Long id() {
        return id;
    }

    public String eventType() {
        return eventType;
    }

    public String payload() {
        return payload;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    public String lastError() {
        return lastError;
    }
}
