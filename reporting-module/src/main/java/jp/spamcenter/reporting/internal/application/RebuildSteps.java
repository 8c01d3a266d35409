package jp.spamcenter.reporting.internal.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import jp.spamcenter.advice.api.AdviceFigures;
import jp.spamcenter.complaint.api.ReportFacts;

/** Every five seconds, counts slices of a running rebuild for up to four seconds, each slice its own transaction. */
@Singleton
public class RebuildSteps {

    /** The center's clock (one for the application; tests set the time). */
    @Inject
    Clock clock;

    @PersistenceContext(unitName = "reporting")
    EntityManager em;

    @Inject
    ReportFacts facts;

    @Inject
    AdviceFigures advice;

    @Inject
    RebuildSteps self;

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void work() {
        long until = System.nanoTime() + 4_000_000_000L;
        while (System.nanoTime() < until && self.slice()) {
            // next slice
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean slice() {
        return RollupRebuild.step(em, facts, advice, clock.instant());
    }
}
