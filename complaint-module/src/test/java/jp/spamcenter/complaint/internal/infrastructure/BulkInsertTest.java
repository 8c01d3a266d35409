package jp.spamcenter.complaint.internal.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.spamcenter.complaint.api.Channel;
import jp.spamcenter.complaint.api.Intake;
import jp.spamcenter.complaint.api.NewComplaint;
import jp.spamcenter.complaint.api.ReceiptNumber;
import jp.spamcenter.complaint.internal.domain.Complaint;
import jp.spamcenter.complaint.internal.domain.RawMessage;
import jp.spamcenter.complaint.testsupport.EmbeddedMariaDb;
import jp.spamcenter.complaint.testsupport.PersistenceTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A partner's batch written with a few statements, on a real MariaDB, and read back through JPA. */
class BulkInsertTest {

    private static final Instant T0 = Instant.parse("2026-11-23T03:00:00Z");
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
    void aBatchOfReportsIsStoredWithItsBytesAndQueuedInOrder() throws Exception {
        var reports = List.of(message("first"), message("second"), message("third"));
        List<Complaint> complaints = reports.stream()
                .map(r -> Complaint.from(r, ReceiptNumber.random(), T0))
                .toList();

        List<Long> ids;
        try (var connection =
                DriverManager.getConnection(db.jdbcUrl(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD)) {
            connection.setAutoCommit(false);
            var insert = new BulkInsert(connection);
            ids = insert.complaints(complaints);
            insert.rawMessages(List.of(
                    new BulkInsert.Raw(ids.get(0), reports.get(0).rawMessage(), "a".repeat(64), "<1@x.test>"),
                    new BulkInsert.Raw(ids.get(1), reports.get(1).rawMessage(), "b".repeat(64), null),
                    new BulkInsert.Raw(ids.get(2), reports.get(2).rawMessage(), "c".repeat(64), null)));
            insert.contacts(ids, java.util.Arrays.asList(null, "citizen@example.jp", null));
            insert.analysisJobs(ids, T0);
            connection.commit();
        }

        assertThat(ids).hasSize(3).isSorted().doesNotHaveDuplicates();
        db.run(em -> {
            for (int i = 0; i < 3; i++) {
                Complaint stored = em.find(Complaint.class, ids.get(i));
                assertThat(stored.receiptNumber()).isEqualTo(complaints.get(i).receiptNumber());
                assertThat(stored.intake()).isEqualTo(Intake.BULK_API);
                assertThat(stored.filedBy()).isEqualTo("partner:monitor");
                assertThat(stored.receivedAt()).isEqualTo(T0);
                assertThat(em.find(RawMessage.class, ids.get(i)).content())
                        .isEqualTo(reports.get(i).rawMessage());
            }
        });
        List<AnalysisJobs.Job> queued =
                db.inTransaction(em -> new AnalysisJobs(em).claim(10, T0, java.time.Duration.ofSeconds(30)));
        assertThat(queued).extracting(AnalysisJobs.Job::complaintId).containsAll(ids);
    }

    @Test
    void messagesOfAnySizeGoInStatementsOfSeveralAndComeBackByteForByte() throws Exception {
        // sizes that fill statements unevenly: small ones together, one larger than a statement's share alone
        int[] sizes = {30_000, 30_000, 30_000, 40_000, 2_000, BulkInsert.PACKET_BYTES + 5_000, 10, 60_000, 50_000};
        var random = new java.util.Random(9);
        var reports = new java.util.ArrayList<NewComplaint>();
        for (int size : sizes) {
            byte[] raw = new byte[size];
            random.nextBytes(raw);
            reports.add(new NewComplaint(
                    null, null, null, Optional.empty(), Channel.PC_MAIL, raw, Intake.BULK_API, "partner:monitor"));
        }
        List<Long> ids;
        try (var connection =
                DriverManager.getConnection(db.jdbcUrl(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD)) {
            connection.setAutoCommit(false);
            var insert = new BulkInsert(connection);
            ids = insert.complaints(reports.stream()
                    .map(r -> Complaint.from(r, ReceiptNumber.random(), T0))
                    .toList());
            var raws = new java.util.ArrayList<BulkInsert.Raw>();
            for (int i = 0; i < sizes.length; i++) {
                raws.add(new BulkInsert.Raw(
                        ids.get(i),
                        reports.get(i).rawMessage(),
                        String.valueOf(i).repeat(64).substring(0, 64),
                        i % 2 == 0 ? "<" + i + "@x.test>" : null));
            }
            insert.rawMessages(raws);
            insert.analysisJobs(ids, T0);
            connection.commit();
        }
        db.run(em -> {
            for (int i = 0; i < sizes.length; i++) {
                RawMessage stored = em.find(RawMessage.class, ids.get(i));
                assertThat(stored.content())
                        .as("message %d", i)
                        .isEqualTo(reports.get(i).rawMessage());
                assertThat(stored.sha256())
                        .isEqualTo(String.valueOf(i).repeat(64).substring(0, 64));
            }
        });
        List<AnalysisJobs.Job> queued =
                db.inTransaction(em -> new AnalysisJobs(em).claim(100, T0, java.time.Duration.ofSeconds(30)));
        assertThat(queued).extracting(AnalysisJobs.Job::complaintId).containsAll(ids);
    }

    private static NewComplaint message(String subject) {
        byte[] raw = ("From: <info@casino.test>\r\nSubject: " + subject + "\r\n\r\nFree spins.\r\n")
                .getBytes(StandardCharsets.UTF_8);
        return new NewComplaint(
                null, null, null, Optional.empty(), Channel.PC_MAIL, raw, Intake.BULK_API, "partner:monitor");
    }
}
