package jp.spamcenter.complaint.internal.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import jp.spamcenter.complaint.api.AnalysisResult;
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

/** The complaint module's mapping on a real MariaDB, migrated by its Flyway scripts. */
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
}
