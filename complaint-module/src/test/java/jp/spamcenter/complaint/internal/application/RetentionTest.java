package jp.spamcenter.complaint.internal.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import jp.spamcenter.complaint.api.ComplaintId;
import jp.spamcenter.complaint.api.DataRetention.Periods;
import jp.spamcenter.complaint.api.DataRetention.Swept;
import jp.spamcenter.complaint.api.ReceiptNumber;
import jp.spamcenter.complaint.internal.analysis.MessageAnalyzer;
import jp.spamcenter.complaint.internal.domain.Complaint;
import jp.spamcenter.complaint.internal.domain.ComplaintContact;
import jp.spamcenter.complaint.internal.domain.RawMessage;
import jp.spamcenter.complaint.internal.domain.SampleComplaints;
import jp.spamcenter.complaint.internal.domain.StoredAnalysis;
import jp.spamcenter.complaint.internal.infrastructure.AccessLog;
import jp.spamcenter.complaint.internal.infrastructure.ReanalysisRuns;
import jp.spamcenter.complaint.testsupport.PersistenceTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The retention sweep on a real MariaDB with the clock moved on: each kind of data goes when its period has run
 * out, not a day before, and what the figures stand on (the analysis) stays.
 */
class RetentionTest {

    private static final Instant T0 = Instant.parse("2024-04-01T01:00:00Z");
    private static final Periods PERIODS = new Periods(365, 1_095, 1_826);
    private static final byte[] SPAM = ("From: info@bulk.test\r\nTo: hanako@example.jp\r\nSubject: casino\r\n\r\n"
                    + "オンラインカジノで今なら入金不要ボーナス進呈。 https://casino.test/x\r\n")
            .getBytes(StandardCharsets.UTF_8);
    private static PersistenceTests db;
    private static ComplaintId old;
    private static ComplaintId recent;

    @BeforeAll
    static void twoReportsAYearApart() {
        db = PersistenceTests.migrated("complaint", "cmp_");
        old = store(T0);
        recent = store(T0.plus(Duration.ofDays(400)));
    }

    private static ComplaintId store(Instant receivedAt) {
        return db.inTransaction(em -> {
            var complaint = Complaint.from(SampleComplaints.anonymous(), ReceiptNumber.random(), receivedAt);
            em.persist(complaint);
            em.flush();
            var result = new MessageAnalyzer().analyse(SPAM);
            em.persist(new RawMessage(complaint.id(), SPAM, result.sha256(), null));
            em.persist(StoredAnalysis.of(
                    complaint.id(),
                    result,
                    jakarta.json.bind.JsonbBuilder.create().toJson(result),
                    receivedAt));
            em.persist(new ComplaintContact(complaint.id(), "hanako@example.jp"));
            new AccessLog(em).read(complaint.id(), "sato", "EVIDENCE", receivedAt.plusSeconds(60));
            return complaint.id();
        });
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static Swept sweepOn(Instant now) {
        return db.inTransaction(em -> RetentionSweep.sweep(new RetentionWork(em), PERIODS, now));
    }

    private static long count(String sql, ComplaintId id) {
        Number n = db.inTransaction(em ->
                (Number) em.createNativeQuery(sql).setParameter(1, id.value()).getSingleResult());
        return n.longValue();
    }

    @Test
    void eachKindGoesWhenItsPeriodHasRunOut() {
        // a day before the contact period ends: nothing
        assertThat(sweepOn(T0.plus(Duration.ofDays(364)))).isEqualTo(new Swept(0, 0, 0));
        assertThat(count("SELECT COUNT(*) FROM cmp_contact WHERE complaint_id = ?", old))
                .isEqualTo(1);

        // a year on: the old report's contact address, nothing else
        assertThat(sweepOn(T0.plus(Duration.ofDays(366)))).isEqualTo(new Swept(1, 0, 0));
        assertThat(count("SELECT COUNT(*) FROM cmp_contact WHERE complaint_id = ?", old))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM cmp_contact WHERE complaint_id = ?", recent))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM cmp_raw_message WHERE complaint_id = ?", old))
                .isEqualTo(1);

        // three years on: the old report's message, subject and description; its analysis stays
        Instant threeYears = T0.plus(Duration.ofDays(1_096));
        assertThat(sweepOn(threeYears)).isEqualTo(new Swept(1, 1, 0));
        assertThat(count("SELECT COUNT(*) FROM cmp_raw_message WHERE complaint_id = ?", old))
                .isZero();
        assertThat(count(
                        "SELECT COUNT(*) FROM cmp_complaint WHERE id = ? AND subject = '' AND message_text = ''"
                                + " AND content_removed_at IS NOT NULL",
                        old))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM cmp_analysis WHERE complaint_id = ?", old))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM cmp_raw_message WHERE complaint_id = ?", recent))
                .isEqualTo(1);

        // a report whose message is gone is never re-analysed (there is nothing left to analyse)
        long outdated = db.inTransaction(em -> new ReanalysisRuns(em).countOutdated("a-later-analyser"));
        assertThat(outdated).isEqualTo(1);

        // five years on: the access log of the old report's reads
        assertThat(sweepOn(T0.plus(Duration.ofDays(1_827))).accessLogRecords()).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM cmp_access_log WHERE complaint_id = ?", old))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM cmp_access_log WHERE complaint_id = ?", recent))
                .isEqualTo(1);

        // a second sweep finds nothing more
        assertThat(sweepOn(T0.plus(Duration.ofDays(1_827)))).isEqualTo(new Swept(0, 0, 0));
    }
}
