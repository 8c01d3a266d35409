package jp.spamcenter.complaint.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * Guessing protection for one asking client and one typed receipt number: after {@link #MAX_FAILURES} wrong
 * secrets in a row that client may not try that number for {@link #LOCK}. The citizen who holds the secret,
 * from anywhere else, is never locked out; kept in the database so every server instance sees it.
 */
@Entity
@Table(name = "cmp_receipt_guard")
public class ReceiptGuard {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK = Duration.ofMinutes(15);

    @Id
    @Column(name = "guard_key", length = 64)
    private String key;

    @Column(nullable = false)
    private int failures;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "touched_at", nullable = false)
    private Instant touchedAt;

    protected ReceiptGuard() {}

    public ReceiptGuard(String key, Instant now) {
        this.key = key;
        this.touchedAt = now;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    /** A wrong secret: counts, and locks the number at the limit. */
    public void failed(Instant now) {
        touchedAt = now;
        failures++;
        if (failures >= MAX_FAILURES) {
            lockedUntil = now.plus(LOCK);
            failures = 0;
        }
    }

    public void succeeded(Instant now) {
        touchedAt = now;
        failures = 0;
        lockedUntil = null;
    }
}
