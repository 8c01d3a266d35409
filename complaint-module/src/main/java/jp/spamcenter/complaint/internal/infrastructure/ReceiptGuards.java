package jp.spamcenter.complaint.internal.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import jp.spamcenter.complaint.internal.domain.ReceiptGuard;

/** The guards against guessing receipt numbers and secrets ({@code cmp_receipt_guard}). */
@ApplicationScoped
public class ReceiptGuards {

    @PersistenceContext(unitName = "complaint")
    EntityManager em;

    public ReceiptGuards() {}

    /** Outside the container (tests, tools): on the given entity manager. */
    public ReceiptGuards(EntityManager em) {
        this.em = em;
    }

    /**
     * The guard of a key, made where new and locked for the caller's transaction: instances count together.
     */
    public ReceiptGuard locked(String key, Instant now) {
        em.createNativeQuery("INSERT IGNORE INTO cmp_receipt_guard (guard_key, failures, touched_at) VALUES (?, 0, ?)")
                .setParameter(1, key)
                .setParameter(2, LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                .executeUpdate();
        return em.find(ReceiptGuard.class, key, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Forgets up to {@code limit} guards nobody has touched since {@code before}; how many. */
    public int forget(Instant before, int limit) {
        return em.createNativeQuery("DELETE FROM cmp_receipt_guard WHERE touched_at < ? LIMIT " + limit)
                .setParameter(1, LocalDateTime.ofInstant(before, ZoneOffset.UTC))
                .executeUpdate();
    }
}
