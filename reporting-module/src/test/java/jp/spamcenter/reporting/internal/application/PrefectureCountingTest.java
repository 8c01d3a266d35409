package jp.spamcenter.reporting.internal.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import jp.spamcenter.complaint.api.ComplaintReceived;
import jp.spamcenter.complaint.api.ReceiptNumber;
import jp.spamcenter.complaint.testsupport.PersistenceTests;
import jp.spamcenter.reporting.api.PrefectureCount;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The per-prefecture read model, kept from events, on a real MariaDB. */
class PrefectureCountingTest {

    private static PersistenceTests db;

    @BeforeAll
    static void migrate() {
        db = PersistenceTests.migrated("reporting", "rep_");
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static void received(String prefecture, String instant) {
        db.run(em -> PrefectureCounting.count(
                em,
                new ComplaintReceived(
                        1, ReceiptNumber.random().value(), "s", prefecture, Instant.parse(instant), "OTHER")));
    }

    @Test
    void countsPerPrefectureOnTheCentersCalendar() {
        received("13", "2026-10-01T03:00:00Z");
        received("13", "2026-10-01T10:00:00Z");
        received("27", "2026-10-01T12:00:00Z");
        // 23:30 UTC on 31 October is 1 November in Japan
        received("01", "2026-10-31T23:30:00Z");

        var october = db.inTransaction(
                em -> PrefectureCounting.countsByPrefecture(em, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31)));
        var november = db.inTransaction(
                em -> PrefectureCounting.countsByPrefecture(em, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));

        assertThat(october).containsExactly(new PrefectureCount("13", 2), new PrefectureCount("27", 1));
        assertThat(november).containsExactly(new PrefectureCount("01", 1));
    }
}
