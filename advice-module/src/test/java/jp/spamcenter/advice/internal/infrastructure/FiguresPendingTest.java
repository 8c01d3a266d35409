package jp.spamcenter.advice.internal.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import jp.spamcenter.advice.internal.infrastructure.FiguresPending.Kind;
import jp.spamcenter.complaint.testsupport.PersistenceTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Figures waiting for other modules, on a real MariaDB: one delivery per consumer however often a case changes,
 * each consumer's apart, a failure paused, and a delivery one instance holds passed over by another.
 */
class FiguresPendingTest {

    private static final Instant AT = Instant.parse("2026-12-01T01:00:00Z");
    private static final List<String> CONSUMERS = List.of("reporting.statistics", "later.consumer");

    private PersistenceTests db;

    @BeforeEach
    void migrate() {
        db = PersistenceTests.migrated("advice", "adv_");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aCaseChangedTwiceIsDeliveredOncePerConsumer() {
        sql(p -> {
            p.changed(Kind.CASE, 7, CONSUMERS, AT);
            p.changed(Kind.CASE, 7, CONSUMERS, AT.plusSeconds(1));
            p.changed(Kind.REFERRAL, 3, CONSUMERS, AT);
            return null;
        });

        assertThat(due("reporting.statistics", Kind.CASE, AT.plusSeconds(5))).containsExactly(7L);
        assertThat(due("reporting.statistics", Kind.REFERRAL, AT.plusSeconds(5)))
                .containsExactly(3L);

        sql(p -> {
            p.delivered("reporting.statistics", Kind.CASE, p.claim("reporting.statistics", Kind.CASE, AT, 10));
            return null;
        });
        assertThat(due("reporting.statistics", Kind.CASE, AT.plusSeconds(5))).isEmpty();
        assertThat(due("later.consumer", Kind.CASE, AT.plusSeconds(5))).containsExactly(7L);
    }

    @Test
    void aFailedDeliveryPausesAndHoldsBackNoOtherConsumer() {
        sql(p -> {
            p.changed(Kind.CASE, 8, CONSUMERS, AT);
            p.failed("reporting.statistics", Kind.CASE, 8, "the rollups were locked", AT);
            return null;
        });

        assertThat(due("reporting.statistics", Kind.CASE, AT.plusSeconds(1))).isEmpty();
        assertThat(due("reporting.statistics", Kind.CASE, AT.plusSeconds(2))).containsExactly(8L);
        assertThat(due("later.consumer", Kind.CASE, AT)).containsExactly(8L);
    }

    @Test
    void aDeliveryHeldByOneInstanceIsPassedOverByAnother() throws Exception {
        sql(p -> {
            p.changed(Kind.CASE, 9, CONSUMERS, AT);
            return null;
        });
        var held = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var first = CompletableFuture.supplyAsync(() -> sql(p -> {
            boolean claimed = p.claimOne("reporting.statistics", Kind.CASE, 9);
            held.countDown();
            release.await(30, TimeUnit.SECONDS);
            return claimed;
        }));
        assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
        List<Long> second = sql(p -> p.claim("reporting.statistics", Kind.CASE, AT.plusSeconds(1), 10));
        release.countDown();

        assertThat(first.get(30, TimeUnit.SECONDS)).isTrue();
        assertThat(second).isEmpty();
    }

    private List<Long> due(String consumer, Kind kind, Instant now) {
        return sql(p -> p.due(consumer, kind, now, 10));
    }

    interface Work<T> {
        T on(FiguresPending pending) throws SQLException, InterruptedException;
    }

    private <T> T sql(Work<T> work) {
        return db.inTransaction((EntityManager em) -> {
            try {
                return work.on(new FiguresPending(em.unwrap(Connection.class)));
            } catch (SQLException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
