package jp.spamcenter.advice.internal.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import jp.spamcenter.advice.api.CaseQuery;
import jp.spamcenter.advice.api.CaseSort;
import jp.spamcenter.advice.api.CaseStatus;
import jp.spamcenter.advice.api.CaseSummary;
import jp.spamcenter.complaint.api.ComplaintReceived;
import jp.spamcenter.complaint.api.ReceiptNumber;
import jp.spamcenter.complaint.testsupport.PersistenceTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Cases opened from complaints and listed page by page, on a real MariaDB. */
class CasePersistenceTest {

    private static final Instant T0 = Instant.parse("2026-11-02T00:00:00Z");
    private static PersistenceTests db;

    @BeforeAll
    static void migrateAndOpenCases() {
        db = PersistenceTests.migrated("advice", "adv_");
        db.run(em -> {
            for (int i = 1; i <= 25; i++) {
                var complaint = new ComplaintReceived(
                        i,
                        ReceiptNumber.random().value(),
                        "subject " + i,
                        String.format("%02d", 1 + i % 47),
                        T0.plusSeconds(i),
                        i % 2 == 0 ? "PHISHING" : "DATING");
                CaseOpening.open(em, complaint, T0.plusSeconds(i));
            }
        });
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void aComplaintDeliveredTwiceOpensOneCase() {
        var complaint = new ComplaintReceived(1, ReceiptNumber.random().value(), "again", "13", T0, "OTHER");
        boolean opened = db.inTransaction(em -> CaseOpening.open(em, complaint, T0));
        assertThat(opened).isFalse();
        long cases = db.inTransaction(CaseListing::count);
        assertThat(cases).isEqualTo(25);
    }

    @Test
    void newestFirstPageByPage() {
        var first = db.inTransaction(em -> CaseListing.list(em, CaseQuery.newestFirst(0, 10)));
        var third = db.inTransaction(em -> CaseListing.list(em, CaseQuery.newestFirst(20, 10)));

        assertThat(first).hasSize(10);
        assertThat(first.get(0).complaintId()).isEqualTo(25);
        assertThat(first.get(0).status()).isEqualTo(CaseStatus.NEW);
        assertThat(first.get(0).openedAt()).isEqualTo(T0.plusSeconds(25));
        assertThat(first.get(0).category()).isEqualTo("DATING");
        assertThat(first.get(1).category()).isEqualTo("PHISHING");
        assertThat(third).extracting(CaseSummary::complaintId).containsExactly(5L, 4L, 3L, 2L, 1L);
    }

    @Test
    void sortedByPrefectureInTheDatabase() {
        var page = db.inTransaction(em -> CaseListing.list(em, new CaseQuery(0, 25, CaseSort.PREFECTURE, true)));
        assertThat(page).extracting(CaseSummary::prefectureCode).isSorted();
        assertThat(page).hasSize(25);
    }
}
