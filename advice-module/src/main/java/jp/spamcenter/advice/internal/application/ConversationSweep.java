package jp.spamcenter.advice.internal.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every night at 03:27 (center time), removes the texts of the conversations of cases closed more than
 * {@code retention.conversation-days} (1,095) ago: the center's replies, advisors' notes and the citizens'
 * messages. The cases, their history's kinds and times, and every figure stay. A batch per transaction; several
 * instances share the work (SKIP LOCKED).
 */
@Singleton
public class ConversationSweep {

    private static final Logger LOG = Logger.getLogger(ConversationSweep.class.getName());
    static final int BATCH = 200;

    /** The center's clock. */
    @Inject
    Clock clock;

    @Inject
    ConversationWork work;

    @Inject
    @ConfigProperty(name = "retention.conversation-days", defaultValue = "1095")
    int conversationDays;

    @Schedule(hour = "3", minute = "27", timezone = "Asia/Tokyo", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void nightly() {
        try {
            int swept = sweep(work, clock.instant(), conversationDays);
            LOG.info(() -> "retention: removed the conversations of " + swept + " closed case(s)");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the conversations' retention sweep failed; the next night retries", e);
        }
    }

    /** Batch after batch until no expired conversation is left; how many cases. */
    static int sweep(ConversationWork work, Instant now, int days) {
        Instant cutoff = now.minus(Duration.ofDays(days));
        int total = 0;
        int done;
        while ((done = work.batch(cutoff, now, BATCH)) > 0) {
            total += done;
        }
        return total;
    }
}
