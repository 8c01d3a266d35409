package jp.spamcenter.complaint.internal.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import jp.spamcenter.complaint.api.AnalysisResult;
import jp.spamcenter.complaint.api.ComplaintReceived;
import jp.spamcenter.complaint.api.ReceiptNumber;
import jp.spamcenter.complaint.internal.analysis.MessageAnalyzer;
import jp.spamcenter.complaint.internal.domain.Complaint;
import jp.spamcenter.complaint.internal.domain.ComplaintContact;
import jp.spamcenter.complaint.internal.domain.ReportedMessage;
import jp.spamcenter.complaint.internal.domain.SampleComplaints;
import jp.spamcenter.complaint.internal.domain.StoredAnalysis;
import jp.spamcenter.complaint.testsupport.PersistenceTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The complaint module's mapping and outbox on a real MariaDB, migrated by its Flyway scripts. */
class ComplaintPersistenceTest {

    private static final Instant AT = Instant.parse("2026-11-23T05:06:07.123456Z");

    private static PersistenceTests db;

    @BeforeAll
    static void migrate() {
        db = PersistenceTests.migrated("complaint", "cmp_");
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void aComplaintAndItsContactAreStoredApartAndReadBack() {
        var receipt = ReceiptNumber.random();
        long id = db.inTransaction(em -> {
            var complaint = Complaint.from(SampleComplaints.datingSpam(), receipt, AT);
            em.persist(complaint);
            em.flush();
            em.persist(new ComplaintContact(complaint.id(), "citizen@example.jp"));
            return complaint.id().value();
        });

        db.run(em -> {
            var stored = em.find(Complaint.class, id);
            assertThat(stored.receiptNumber()).isEqualTo(receipt);
            assertThat(stored.subject()).isEqualTo("【重要】あなたにメッセージが届いています");
            assertThat(stored.receivedAt()).isEqualTo(AT);
            assertThat(em.find(ComplaintContact.class, id).email()).isEqualTo("citizen@example.jp");
            String contentColumns =
                    (String) em.createNativeQuery("SELECT GROUP_CONCAT(column_name) FROM information_schema.columns"
                                    + " WHERE table_schema = DATABASE() AND table_name = 'cmp_complaint'")
                            .getSingleResult();
            assertThat(contentColumns).doesNotContainIgnoringCase("email");
        });
    }

    @Test
    void anAnalysisIsKeptWithItsReportAsColumnsAndJson() {
        var input = SampleComplaints.datingSpam();
        var result = new MessageAnalyzer().analyse(ReportedMessage.of(input.subject(), input.messageText()));
        long id = db.inTransaction(em -> {
            var complaint = Complaint.from(input, ReceiptNumber.random(), AT);
            em.persist(complaint);
            em.flush();
            em.persist(StoredAnalysis.of(
                    complaint.id(), result, JsonbBuilder.create().toJson(result), AT));
            return complaint.id().value();
        });

        db.run(em -> {
            var stored = em.createQuery(
                            "SELECT a FROM StoredAnalysis a WHERE a.campaignKey = :key AND a.category = 'DATING'",
                            StoredAnalysis.class)
                    .setParameter("key", result.campaignKey())
                    .getResultList();
            assertThat(stored).hasSize(1);
            assertThat(stored.get(0).lacksOptOutNotice()).isTrue();
            assertThat(stored.get(0).analyserVersion()).isEqualTo(result.analyserVersion());
            var back = JsonbBuilder.create().fromJson(stored.get(0).resultJson(), AnalysisResult.class);
            assertThat(back.category().code()).isEqualTo("DATING");
            assertThat(back.campaignKey()).isEqualTo(result.campaignKey());
        });
        assertThat(id).isPositive();
    }

    @Test
    void anEventRoundTripsThroughTheOutbox() {
        var event = new ComplaintReceived(42, ReceiptNumber.random().value(), "件名", "13", AT, "OTHER");
        long id = appended(event);

        db.run(em -> {
            var store = new OutboxStore(em);
            assertThat(store.dueIds(AT, 100)).contains(id);
            var message = store.claim(id).orElseThrow();
            assertThat(store.eventOf(message)).isEqualTo(event);
            message.delivered(AT.plusSeconds(1));
        });
        db.run(em -> {
            assertThat(new OutboxStore(em).dueIds(AT.plusSeconds(60), 100)).doesNotContain(id);
            assertThat(new OutboxStore(em).claim(id)).isEmpty();
        });
    }

    @Test
    void aFailedDeliveryIsRetriedLaterNotAtOnce() {
        var event = new ComplaintReceived(43, ReceiptNumber.random().value(), "s", "01", AT, "OTHER");
        long id = appended(event);
        db.run(em -> em.find(OutboxMessage.class, id).failed("observer broke", AT));

        db.run(em -> {
            var store = new OutboxStore(em);
            assertThat(store.dueIds(AT.plusSeconds(1), 100)).doesNotContain(id);
            assertThat(store.dueIds(AT.plusSeconds(2), 100)).contains(id);
            assertThat(store.countFailing()).isGreaterThanOrEqualTo(1);
            assertThat(em.find(OutboxMessage.class, id).lastError()).isEqualTo("observer broke");
        });
    }

    @Test
    void aMessageHeldByOneInstanceIsPassedOverByAnother() throws Exception {
        var event = new ComplaintReceived(44, ReceiptNumber.random().value(), "s", "01", AT, "OTHER");
        long id = appended(event);
        var held = new CountDownLatch(1);
        var release = new CountDownLatch(1);

        var firstInstance = CompletableFuture.supplyAsync(() -> db.inTransaction(em -> {
            boolean claimed = new OutboxStore(em).claim(id).isPresent();
            held.countDown();
            await(release);
            return claimed;
        }));
        assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
        boolean secondClaimed = db.inTransaction(
                (EntityManager em) -> new OutboxStore(em).claim(id).isPresent());
        release.countDown();

        assertThat(firstInstance.get(30, TimeUnit.SECONDS)).isTrue();
        assertThat(secondClaimed).isFalse();
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

    /** Queues the event and returns its row's id (the insert is written at once, as a commit would). */
    private static long appended(Record event) {
        return db.inTransaction(em -> {
            var message = new OutboxStore(em).append(event, AT);
            em.flush();
            return message.id();
        });
    }
}
