package jp.spamcenter.complaint.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * Guessing protection for one receipt number: after {@link #MAX_FAILURES} wrong secrets in a row the
 * number is locked for {@link #LOCK}; kept in the database so every server instance sees it.
 */
@Entity
@Table(name = "cmp_receipt_guard")
public class ReceiptGuard {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK = Duration.ofMinutes(15);

    @Id
    @Column(name = "receipt_number", length = 14)
    private String receiptNumber;

    @Column(nullable = false)
    private int failures;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected ReceiptGuard() {}

    public ReceiptGuard(String receiptNumber) {
        this.receiptNumber = receiptNumber;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    /** A wrong secret: counts, and locks the number at the limit. */
    public void failed(Instant now) {
        failures++;
        if (failures >= MAX_FAILURES) {
            lockedUntil = now.plus(LOCK);
            failures = 0;
        }
    }

    public void succeeded() {
        failures = 0;
        lockedUntil = null;
    }
}
