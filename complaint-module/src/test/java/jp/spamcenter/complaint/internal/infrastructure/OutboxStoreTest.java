package jp.spamcenter.complaint.internal.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import jp.spamcenter.complaint.api.ComplaintAnalysed;
import jp.spamcenter.complaint.api.ComplaintEvent;
import jp.spamcenter.complaint.api.ComplaintReceived;
import jp.spamcenter.complaint.api.ReceiptNumber;
import jp.spamcenter.complaint.testsupport.PersistenceTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox on a real MariaDB: each consumer's deliveries apart (one consumer's progress or failure never holds
 * back another's), only the kinds of event a consumer takes, pauses after a failure, claims that instances pass
 * over, and events forgotten only once every consumer has had them.
 */
class OutboxStoreTest {

    private static final Instant AT = Instant.parse("2026-11-23T05:06:07.123456Z");
    private static final OutboxStore.Consumer CASES =
            new OutboxStore.Consumer("advice.cases", Set.of(ComplaintReceived.class));
    private static final OutboxStore.Consumer STATISTICS =
            new OutboxStore.Consumer("reporting.statistics", Set.of(ComplaintReceived.class, ComplaintAnalysed.class));

    private PersistenceTests db;

    @BeforeEach
    void migrate() {
        db = PersistenceTests.migrated("complaint", "cmp_");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void eachConsumerGetsTheEventsItTakesInOrderAndHasThemOnce() {
        var received = received(42);
        var analysed = new ComplaintAnalysed(42, AT, "PHISHING", "US", null, List.of("CONTACT"), "1.2");
        append(List.of(received, analysed));

        List<OutboxStore.Due> forStatistics = claim(STATISTICS.name(), AT);
        List<OutboxStore.Due> forCases = claim(CASES.name(), AT);

        assertThat(forStatistics).extracting(OutboxStore.Due::event).containsExactly(received, analysed);
        assertThat(forCases).extracting(OutboxStore.Due::event).containsExactly(received);

        // the statistics have theirs; the case opening has not yet had its one
        sql(store -> {
            store.delivered(
                    STATISTICS.name(),
                    forStatistics.stream().map(OutboxStore.Due::messageId).toList());
            return null;
        });
        assertThat(claim(STATISTICS.name(), AT.plusSeconds(60))).isEmpty();
        assertThat(claim(CASES.name(), AT.plusSeconds(60)))
                .extracting(OutboxStore.Due::event)
                .containsExactly(received);
    }

    @Test
    void aFailedDeliveryWaitsAndHoldsBackNoOtherConsumer() {
        append(List.of(received(43)));
        long id = due(CASES.name(), AT).get(0);

        sql(store -> {
            store.failed(CASES.name(), id, "the case table was unavailable", AT);
            return null;
        });

        assertThat(due(CASES.name(), AT.plusSeconds(1))).isEmpty();
        assertThat(due(CASES.name(), AT.plusSeconds(2))).containsExactly(id);
        assertThat(due(STATISTICS.name(), AT)).containsExactly(id);
        assertThat(backlogs())
                .contains(new OutboxStore.Backlog(CASES.name(), 1, 1, AT, "the case table was unavailable"))
                .contains(new OutboxStore.Backlog(STATISTICS.name(), 1, 0, AT, null));
        // a second failure waits twice as long
        sql(store -> {
            store.failed(CASES.name(), id, "again", AT);
            return null;
        });
        assertThat(due(CASES.name(), AT.plusSeconds(3))).isEmpty();
        assertThat(due(CASES.name(), AT.plusSeconds(4))).containsExactly(id);
    }

    @Test
    void aDeliveryHeldByOneInstanceIsPassedOverByAnother() throws Exception {
        append(List.of(received(44)));
        long id = due(CASES.name(), AT).get(0);
        var held = new CountDownLatch(1);
        var release = new CountDownLatch(1);

        var firstInstance = CompletableFuture.supplyAsync(() -> sql(store -> {
            boolean claimed = !store.claimOne(CASES.name(), id).isEmpty();
            held.countDown();
            await(release);
            return claimed;
        }));
        assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
        boolean secondClaimed = !sql(store -> store.claimOne(CASES.name(), id)).isEmpty();
        List<OutboxStore.Due> batch = claim(CASES.name(), AT.plusSeconds(1));
        release.countDown();

        assertThat(firstInstance.get(30, TimeUnit.SECONDS)).isTrue();
        assertThat(secondClaimed).isFalse();
        assertThat(batch).isEmpty();
    }

    @Test
    void eventsAreForgottenOnlyOnceEveryConsumerHasThem() {
        append(List.of(received(45), received(46)));
        List<Long> ids = due(STATISTICS.name(), AT);
        sql(store -> {
            store.delivered(STATISTICS.name(), ids);
            store.delivered(CASES.name(), List.of(ids.get(0)));
            return null;
        });

        int forgotten = sql(store -> store.forgetDelivered(AT.plusSeconds(3600), 100));

        assertThat(forgotten).isEqualTo(1);
        assertThat(claim(CASES.name(), AT))
                .extracting(OutboxStore.Due::messageId)
                .containsExactly(ids.get(1));
    }

    private List<OutboxStore.Due> claim(String consumer, Instant now) {
        return sql(store -> store.claim(consumer, now, 10));
    }

    private List<Long> due(String consumer, Instant now) {
        return sql(store -> store.dueIds(consumer, now, 10));
    }

    private List<OutboxStore.Backlog> backlogs() {
        return sql(OutboxStore::backlogs);
    }

    private static ComplaintReceived received(long id) {
        return new ComplaintReceived(id, ReceiptNumber.random().value(), "件名", "13", AT, "OTHER");
    }

    private void append(List<ComplaintEvent> events) {
        sql(store -> {
            store.append(events, AT, List.of(CASES, STATISTICS));
            return null;
        });
    }

    interface Work<T> {
        T on(OutboxStore store) throws SQLException;
    }

    /** The work on the outbox, in a transaction of its own. */
    private <T> T sql(Work<T> work) {
        return db.inTransaction((EntityManager em) -> {
            try {
                return work.on(new OutboxStore(em.unwrap(Connection.class)));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("test latch timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
