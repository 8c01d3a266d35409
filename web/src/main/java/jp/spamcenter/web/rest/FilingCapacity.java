package jp.spamcenter.web.rest;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Semaphore;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many partner filings this instance runs at once ({@code api.max-concurrent-filings}, about the size of
 * the database pool). Past that the api answers 429 with Retry-After at once, rather than queueing requests
 * it may not keep: an overloaded instance sheds load instead of accepting what it cannot store. Local to the
 * instance on purpose: it protects this instance's own threads and connections.
 */
@ApplicationScoped
public class FilingCapacity {

    @Inject
    @ConfigProperty(name = "api.max-concurrent-filings", defaultValue = "24")
    int maxConcurrent;

    private Semaphore permits;

    @PostConstruct
    void init() {
        permits = new Semaphore(Math.max(1, maxConcurrent));
    }

    /** A permit to file now, or false when the instance is at capacity. */
    public boolean tryEnter() {
        return permits.tryAcquire();
    }

    public void leave() {
        permits.release();
    }
}
