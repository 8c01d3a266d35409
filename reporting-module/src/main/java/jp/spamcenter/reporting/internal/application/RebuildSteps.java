package jp.spamcenter.reporting.internal.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Every five seconds, counts slices of a running rebuild for up to four seconds, each slice its own transaction. */
@Singleton
public class RebuildSteps {

    @Inject
    RollupRebuild rebuild;

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
        return rebuild.step();
    }
}
