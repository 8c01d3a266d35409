package jp.spamcenter.advice.internal.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;
import jp.spamcenter.advice.api.CaseQueue.ServiceLevel;
import jp.spamcenter.advice.api.CloseReason;
import jp.spamcenter.complaint.api.ComplaintReceived;
import jp.spamcenter.complaint.api.ReceiptNumber;
import jp.spamcenter.complaint.testsupport.PersistenceTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** How the service targets went for the cases of a period, from the cases themselves, on a real MariaDB. */
class ServiceLevelTest {

    private static PersistenceTests db;

    @BeforeAll
    static void migrate() {
        db = PersistenceTests.migrated("advice", "adv_");
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void answersAndClosuresInTimeOrLate() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        long answeredInTime = open(1, now);
        long answeredLate = open(2, Instant.parse("2026-11-02T00:00:00Z"));
        open(3, now);
        work(w -> w.reply(answeredInTime, "返信しないでください。", false, "sato"));
        work(w -> w.reply(answeredLate, "返信しないでください。", false, "sato"));
        work(w -> w.close(
                answeredInTime,
                CloseReason.ADVISED,
                "sato",
                w.find(answeredInTime).orElseThrow().version()));

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        ServiceLevel level = db.inTransaction(em -> {
            var listing = new CaseListing();
            listing.em = em;
            return listing.serviceLevel(LocalDate.of(2026, 11, 1), today);
        });

        assertThat(level.opened()).isEqualTo(3);
        assertThat(level.answered()).isEqualTo(2);
        assertThat(level.answeredInTime()).isEqualTo(1);
        assertThat(level.answeredInTimePercent()).isEqualTo(50);
        assertThat(level.closed()).isEqualTo(1);
        assertThat(level.closedInTime()).isEqualTo(1);
        assertThat(level.stillOpen()).isEqualTo(2);
    }

    private static long open(long complaintId, Instant at) {
        db.run(em -> CaseOpening.open(
                em, new ComplaintReceived(complaintId, ReceiptNumber.random().value(), "件名", "13", at, "DATING"), at));
        return db.inTransaction(
                em -> CaseListing.answering(em, complaintId).orElseThrow().id());
    }

    private static <T> T work(Function<CaseWork, T> action) {
        return db.inTransaction(em -> {
            var work = new CaseWork();
            work.em = em;
            return action.apply(work);
        });
    }
}
