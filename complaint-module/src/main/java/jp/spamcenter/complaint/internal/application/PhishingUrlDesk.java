package jp.spamcenter.complaint.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import jp.spamcenter.complaint.api.PhishingUrls;
import jp.spamcenter.complaint.internal.infrastructure.PhishingUrlStore;

/** The phishing links as managers count them and advisors list them for takedown requests. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PhishingUrlDesk implements PhishingUrls {

    /** The longest list answered. */
    static final int MAX_LINKS = 100_000;

    @PersistenceContext(unitName = "complaint")
    EntityManager em;

    @Override
    public Counts counts(Instant from, Instant until, Scope scope) {
        return new PhishingUrlStore(em).counts(from, until, scope);
    }

    @Override
    public List<Link> links(Instant from, Instant until, int limit) {
        return new PhishingUrlStore(em).links(from, until, Math.min(Math.max(1, limit), MAX_LINKS));
    }
}
