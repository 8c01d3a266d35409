package jp.spamcenter.complaint.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import jp.spamcenter.complaint.api.AccessAudit;
import jp.spamcenter.complaint.internal.infrastructure.AccessLog;

/** The access log as administrators and supervisors search it. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AccessAuditDesk implements AccessAudit {

    /** A page of the search at most. */
    static final int MAX_PAGE = 1_000;

    @Inject
    AccessLog log;

    public AccessAuditDesk() {}

    /** Outside the container (tests, tools): on the given entity manager. */
    public AccessAuditDesk(jakarta.persistence.EntityManager em) {
        this.log = new AccessLog(em);
    }

    @Override
    public List<Read> reads(Query query, int first, int max) {
        return log.reads(query, Math.max(0, first), Math.min(Math.max(1, max), MAX_PAGE));
    }

    @Override
    public List<HeavyReader> heavyReaders(java.time.Instant since, int persons) {
        return log.heavyReaders(since, persons);
    }

    @Override
    public long count(Query query) {
        return log.count(query);
    }
}
