package jp.spamcenter.complaint.internal.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import jp.spamcenter.complaint.api.AccessAudit.HeavyReader;
import jp.spamcenter.complaint.api.AccessAudit.Query;
import jp.spamcenter.complaint.api.AccessAudit.Read;
import jp.spamcenter.complaint.api.ComplaintId;
import jp.spamcenter.complaint.api.ReceiptNumber;
import jp.spamcenter.complaint.internal.domain.Complaint;
import jp.spamcenter.complaint.internal.domain.SampleComplaints;
import jp.spamcenter.complaint.internal.infrastructure.AccessLog;
import jp.spamcenter.complaint.testsupport.PersistenceTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "Who looked at this citizen's data, when and why", by receipt, account and period, on a real MariaDB. */
class AccessAuditTest {

    private static final Instant T0 = Instant.parse("2026-11-24T01:00:00Z");
    private static PersistenceTests db;
    private static ReceiptNumber hanako;
    private static ReceiptNumber taro;

    @BeforeAll
    static void readsOfTwoReports() {
        db = PersistenceTests.migrated("complaint", "cmp_");
        hanako = ReceiptNumber.random();
        taro = ReceiptNumber.random();
        db.inTransaction(em -> {
            var first = Complaint.from(SampleComplaints.anonymous(), hanako, T0);
            var second = Complaint.from(SampleComplaints.anonymous(), taro, T0);
            em.persist(first);
            em.persist(second);
            em.flush();
            var log = new AccessLog(em);
            log.read(first.id(), "sato", "EVIDENCE", T0.plusSeconds(60));
            log.read(first.id(), "sato", "ORIGINAL", T0.plusSeconds(120));
            log.read(first.id(), "suzuki", "CONTACT", "referral to the consumer center", T0.plusSeconds(3_600));
            log.read(second.id(), "sato", "EVIDENCE", T0.plusSeconds(86_400));
            return null;
        });
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static List<Read> search(Query query) {
        return db.inTransaction(em -> new AccessAuditDesk(em).reads(query, 0, 100));
    }

    @Test
    void byReceiptEveryReadOfThatCitizensReportNewestFirstWithItsPurpose() {
        List<Read> reads = search(new Query(hanako, null, null, null));
        assertThat(reads)
                .extracting(Read::actor, Read::what)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("suzuki", "CONTACT"),
                        org.assertj.core.groups.Tuple.tuple("sato", "ORIGINAL"),
                        org.assertj.core.groups.Tuple.tuple("sato", "EVIDENCE"));
        assertThat(reads.get(0).purpose()).isEqualTo("referral to the consumer center");
        assertThat(reads.get(0).at()).isEqualTo(T0.plusSeconds(3_600));
        assertThat(reads).allMatch(r -> r.receipt().equals(hanako));
    }

    @Test
    void byAccountAndPeriod() {
        assertThat(search(new Query(null, "sato", null, null))).hasSize(3);
        List<Read> firstDay = search(new Query(null, "sato", T0, T0.plusSeconds(3_600)));
        assertThat(firstDay).extracting(Read::what).containsExactly("ORIGINAL", "EVIDENCE");
        long count = db.inTransaction(em -> new AccessAuditDesk(em).count(new Query(taro, "sato", null, null)));
        assertThat(count).isEqualTo(1);
        assertThat(search(new Query(taro, "suzuki", null, null))).isEmpty();
    }

    @Test
    void anAccountReadingMorePersonsThanAllowedIsNamed() {
        List<HeavyReader> overOne = db.inTransaction(em -> new AccessAuditDesk(em).heavyReaders(T0, 1));
        assertThat(overOne).containsExactly(new HeavyReader("sato", 2));
        List<HeavyReader> overTwo = db.inTransaction(em -> new AccessAuditDesk(em).heavyReaders(T0, 2));
        assertThat(overTwo).isEmpty();
        List<HeavyReader> later =
                db.inTransaction(em -> new AccessAuditDesk(em).heavyReaders(T0.plusSeconds(7_200), 0));
        assertThat(later).as("only the period's reads").containsExactly(new HeavyReader("sato", 1));
    }

    @Test
    void aReadWithoutAReaderIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> db.inTransaction(em -> {
                    new AccessLog(em).read(new ComplaintId(1), " ", "EVIDENCE", T0);
                    return null;
                }))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
