package jp.spamcenter.complaint.internal.infrastructure;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A thread of its own that runs a drain whenever it is woken, and after {@code idle} without a wake (for what a
 * restart, another instance or a pause left). Waking only signals: a request that commits work never hands a
 * task to an executor, which would carry the request's invocation (and the container would close the request's
 * entity managers twice). Started at deployment, stopped at undeployment.
 */
public final class DrainLoop {

    private static final Logger LOG = Logger.getLogger(DrainLoop.class.getName());

    private final String name;
    private final Runnable drain;
    private final Duration idle;
    private final Semaphore woken = new Semaphore(0);
    private volatile boolean stopped;
    private Thread thread;

    public DrainLoop(String name, Runnable drain, Duration idle) {
        this.name = name;
        this.drain = drain;
        this.idle = idle;
    }

    /** Starts the loop on a thread of the container's factory (so the drain has the application's context). */
    public synchronized void start(ManagedThreadFactory threads) {
        if (thread == null) {
            thread = threads.newThread(this::loop);
            thread.setName("spamcenter-" + name);
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** Asks for a drain; a drain running now looks again before it waits. */
    public void wake() {
        woken.release();
    }

    public synchronized void stop() {
        stopped = true;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void loop() {
        while (!stopped) {
            try {
                woken.tryAcquire(idle.toMillis(), TimeUnit.MILLISECONDS);
                woken.drainPermits();
                drain.run();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, name + " failed; it runs again after " + idle.toSeconds() + " s", e);
            }
        }
    }
}
