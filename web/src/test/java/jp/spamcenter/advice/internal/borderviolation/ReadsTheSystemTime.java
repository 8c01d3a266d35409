package jp.spamcenter.advice.internal.borderviolation;

import java.time.Instant;

/** Deliberately wrong, for the architecture test: reads the system's time instead of the injected clock. */
public class ReadsTheSystemTime {

    public Instant dueAt() {
        return Instant.now().plusSeconds(3600);
    }
}
