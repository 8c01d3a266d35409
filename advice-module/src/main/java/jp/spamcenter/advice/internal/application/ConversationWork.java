package jp.spamcenter.advice.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import jp.spamcenter.advice.internal.infrastructure.ConversationRetention;

/** One batch of the conversations' retention per transaction. */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class ConversationWork {

    @PersistenceContext(unitName = "advice")
    EntityManager em;

    public ConversationWork() {}

    /** Outside the container (tests, tools): on the given entity manager, in the caller's transaction. */
    public ConversationWork(EntityManager em) {
        this.em = em;
    }

    public int batch(Instant cutoff, Instant now, int limit) {
        return new ConversationRetention(em).removeTexts(cutoff, now, limit);
    }
}
