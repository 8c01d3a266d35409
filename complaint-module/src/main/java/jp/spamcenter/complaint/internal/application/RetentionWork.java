package jp.spamcenter.complaint.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import jp.spamcenter.complaint.internal.infrastructure.RetentionStore;

/** One batch of the retention sweep per transaction, so that a long backlog holds no long lock. */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class RetentionWork {

    @PersistenceContext(unitName = "complaint")
    EntityManager em;

    public RetentionWork() {}

    /** Outside the container (tests, tools): on the given entity manager, in the caller's transaction. */
    public RetentionWork(EntityManager em) {
        this.em = em;
    }

    public int contactEmails(Instant cutoff, int batch) {
        return new RetentionStore(em).deleteContactEmails(cutoff, batch);
    }

    public int messages(Instant cutoff, Instant now, int batch) {
        return new RetentionStore(em).removeMessages(cutoff, now, batch);
    }

    public int accessLog(Instant cutoff, int batch) {
        return new RetentionStore(em).deleteAccessLog(cutoff, batch);
    }
}
