package jp.spamcenter.complaint.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Whether this instance is taking reports from machines right now (the bulk api, in batches). Accepting is
 * what must not wait: a partner's request holds its connection, an analysis waits in its table. While
 * batches arrive, the {@link AnalysisWorker}'s drains rest between their batches and leave the processor to
 * the intake; they catch up when it is quiet. Each instance knows only its own intake, which is what shares
 * its processor.
 */
@ApplicationScoped
public class IntakeLoad {

    /** How long after the last batch the intake still counts as busy (batches come in bursts). */
    static final Duration QUIET = Duration.ofMillis(500);

    private final AtomicInteger filing = new AtomicInteger();
    private volatile long lastFiled = System.nanoTime() - QUIET.toNanos();

    void started() {
        filing.incrementAndGet();
    }

    void finished() {
        lastFiled = System.nanoTime();
        filing.decrementAndGet();
    }

    /** Whether a batch is being filed, or was within the last {@link #QUIET}. */
    public boolean busy() {
        return filing.get() > 0 || System.nanoTime() - lastFiled < QUIET.toNanos();
    }
}
