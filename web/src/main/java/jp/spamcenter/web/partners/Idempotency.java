package jp.spamcenter.web.partners;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The answers to partners' requests that carried an {@code Idempotency-Key}: a retried request gets the first
 * answer again instead of filing the report twice. Written in the filing transaction.
 */
@ApplicationScoped
public class Idempotency {

    /** The center's clock. */
    @Inject
    Clock clock;

    /** An answer as first given. */
    public record Answer(int status, String body) {}

    @PersistenceContext(unitName = "web")
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Answer> find(long keyId, String idempotencyKey) {
        List<?> rows = em.createNativeQuery("SELECT response_status, response_body FROM web_idempotency"
                        + " WHERE api_key_id = ? AND idempotency_key = ?")
                .setParameter(1, keyId)
                .setParameter(2, idempotencyKey)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(new Answer(((Number) row[0]).intValue(), (String) row[1]));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void remember(long keyId, String idempotencyKey, Answer answer) {
        em.createNativeQuery("INSERT INTO web_idempotency (api_key_id, idempotency_key, response_status,"
                        + " response_body, created_at) VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, keyId)
                .setParameter(2, idempotencyKey)
                .setParameter(3, answer.status())
                .setParameter(4, answer.body())
                .setParameter(5, Timestamp.valueOf(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)))
                .executeUpdate();
    }
}
