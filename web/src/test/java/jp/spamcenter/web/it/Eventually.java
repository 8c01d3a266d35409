package jp.spamcenter.web.it;

import java.time.Duration;

/** Waiting for what the center does after a commit (analysis, mail, the mailbox poll): a condition, polled. */
final class Eventually {

    /** Something to check against the database, the mail server or the browser. */
    interface Condition {
        boolean holds() throws Exception;
    }

    private Eventually() {}

    static void waitFor(Condition condition, Duration limit) throws Exception {
        long end = System.nanoTime() + limit.toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within " + limit);
            }
            Thread.sleep(200); // polling a condition, not a fixed wait
        }
    }
}
