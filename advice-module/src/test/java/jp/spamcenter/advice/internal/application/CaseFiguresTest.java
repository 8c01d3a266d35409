package jp.spamcenter.advice.internal.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;
import jp.spamcenter.advice.api.CaseFigures;
import jp.spamcenter.advice.api.CloseReason;
import jp.spamcenter.advice.internal.infrastructure.CaseRepository;
import jp.spamcenter.advice.internal.infrastructure.FiguresReading;
import jp.spamcenter.complaint.api.CenterTime;
import jp.spamcenter.complaint.api.ComplaintReceived;
import jp.spamcenter.complaint.api.ReceiptNumber;
import jp.spamcenter.complaint.testsupport.PersistenceTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the statistics are told of cases: every change publishes the case's figures (answered and closed in time
 * or late, working minutes, merged), and a rebuild reads the same figures back; on a real MariaDB.
 */
class CaseFiguresTest {

    private static PersistenceTests db;
    private static final RecordingEvent<CaseFigures> PUBLISHED = new RecordingEvent<>();

    @BeforeAll
    static void migrate() {
        db = PersistenceTests.migrated("advice", "adv_");
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void answersClosingsAndMergesArePublishedAsTheyHappenAndReadBackAlike() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        long inTime = open(1, now);
        long late = open(2, Instant.parse("2026-11-02T00:00:00Z"));
        long duplicate = open(3, now);

        work(w -> w.reply(inTime, "返信しないでください。", false, "sato"));
        CaseFigures answered = PUBLISHED.last();
        assertThat(answered.caseId()).isEqualTo(inTime);
        assertThat(answered.answered()).isTrue();
        assertThat(answered.answeredInTime()).isTrue();
        assertThat(answered.closed()).isFalse();

        work(w -> w.reply(late, "返信しないでください。", false, "sato"));
        CaseFigures answeredLate = PUBLISHED.last();
        assertThat(answeredLate.answeredInTime()).isFalse();
        // from a Monday 9:00 in Japan: at least the rest of that week's working time
        assertThat(answeredLate.responseMinutes()).isGreaterThan(4 * 8 * 60);

        work(w -> w.close(
                inTime,
                CloseReason.ADVISED,
                "sato",
                w.find(inTime).orElseThrow().version()));
        assertThat(PUBLISHED.last().closed()).isTrue();
        assertThat(PUBLISHED.last().closedInTime()).isTrue();

        work(w -> w.merge(duplicate, late, "sato"));
        assertThat(PUBLISHED.fired)
                .filteredOn(f -> f.caseId() == duplicate)
                .last()
                .extracting(CaseFigures::merged)
                .isEqualTo(true);

        List<CaseFigures> read = db.inTransaction(em -> new FiguresReading(em).casesAfter(0, 10));
        assertThat(read).hasSize(3);
        assertThat(read)
                .contains(PUBLISHED.fired.stream()
                        .filter(f -> f.caseId() == inTime)
                        .reduce((a, b) -> b)
                        .orElseThrow());
        assertThat(read)
                .filteredOn(CaseFigures::merged)
                .extracting(CaseFigures::caseId)
                .containsExactly(duplicate);
        long count = db.inTransaction(em -> new FiguresReading(em).caseCount());
        assertThat(count).isEqualTo(3);
    }

    private static long open(long complaintId, Instant at) {
        db.run(em -> CaseOpening.open(
                em, new ComplaintReceived(complaintId, ReceiptNumber.random().value(), "件名", "13", at, "DATING"), at));
        return db.inTransaction(em ->
                new CaseRepository(em).answering(complaintId).orElseThrow().id());
    }

    private static <T> T work(Function<CaseWork, T> action) {
        return db.inTransaction(em -> {
            var work = new CaseWork();
            work.em = em;
            work.clock = CenterTime.system();
            work.caseFigures = PUBLISHED;
            return action.apply(work);
        });
    }
}
