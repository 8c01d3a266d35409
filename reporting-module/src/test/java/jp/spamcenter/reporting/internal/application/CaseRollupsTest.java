package jp.spamcenter.reporting.internal.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import jp.spamcenter.advice.api.AdviceFigures;
import jp.spamcenter.advice.api.CaseFigures;
import jp.spamcenter.advice.api.ReferralFigures;
import jp.spamcenter.advice.api.Referrals.DestinationKind;
import jp.spamcenter.advice.api.Referrals.OutcomeCount;
import jp.spamcenter.advice.api.Referrals.ReferralOutcome;
import jp.spamcenter.advice.api.Referrals.ReferralState;
import jp.spamcenter.complaint.api.ReportFacts;
import jp.spamcenter.complaint.testsupport.PersistenceTests;
import jp.spamcenter.reporting.api.Statistics.DestinationCount;
import jp.spamcenter.reporting.api.Statistics.MonthService;
import jp.spamcenter.reporting.api.Statistics.ServiceFigures;
import jp.spamcenter.reporting.internal.infrastructure.RebuildRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Cases and referrals are counted from their figures as they change, each change moving its old figures out of
 * the sums; a rebuild counts them again after the reports; on a real MariaDB.
 */
class CaseRollupsTest {

    private static final LocalDate FIRST = LocalDate.of(2026, 8, 1);
    private static final LocalDate LAST = LocalDate.of(2026, 8, 31);
    /** 2026-08-03 10:00 in Japan. */
    private static final Instant OPENED = Instant.parse("2026-08-03T01:00:00Z");

    private static PersistenceTests db;

    @BeforeAll
    static void migrate() {
        db = PersistenceTests.migrated("reporting", "rep_");
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @BeforeEach
    void empty() {
        db.run(em -> {
            for (String table : RebuildRepository.TABLES) {
                em.createNativeQuery("DELETE FROM " + table).executeUpdate();
            }
            em.createNativeQuery("DELETE FROM rep_rebuild").executeUpdate();
        });
    }

    @Test
    void aCaseMovesFromOpenedToAnsweredToClosedAndAMergedCaseCountsNoMore() {
        cases(opened(1), opened(2));
        assertThat(service()).isEqualTo(new ServiceFigures(2, 0, 0, 0, 0, 0, 0, 0));

        var answered = answered(1, 90, true);
        cases(answered);
        cases(answered); // the same figures again: counted once
        // closed a week later, after its target
        var closed = new CaseFigures(
                1,
                OPENED,
                false,
                "DATING",
                answered.firstResponseAt(),
                true,
                90,
                Instant.parse("2026-08-10T05:00:00Z"),
                false,
                2_000);
        cases(closed);
        // case 2 is merged into case 1: it counts as part of it, not on its own
        cases(new CaseFigures(2, OPENED, true, "DATING", null, false, 0, null, false, 0));

        ServiceFigures figures = service();
        assertThat(figures).isEqualTo(new ServiceFigures(1, 1, 1, 90, 1, 0, 2_000, 1));
        assertThat(figures.answeredInTimePercent()).isEqualTo(100);
        assertThat(figures.closedInTimePercent()).isZero();
        assertThat(figures.averageResponseHours()).isEqualTo(1.5);
        assertThat(figures.stillOpen()).isZero();
        // the closing counts on its own day for "closed in the period"
        ServiceFigures fromTheTenth =
                db.inTransaction(em -> new CaseRollups(em).service(LocalDate.of(2026, 8, 10), LAST));
        assertThat(fromTheTenth).isEqualTo(new ServiceFigures(0, 0, 0, 0, 0, 0, 0, 1));
        List<MonthService> months = db.inTransaction(
                em -> new CaseRollups(em).monthlyService(YearMonth.of(2026, 7), YearMonth.of(2026, 8)));
        assertThat(months).extracting(m -> m.figures().opened()).containsExactly(0L, 1L);
    }

    @Test
    void aReferralCountsFromItsSendingUnderWhereItEnded() {
        referrals(referral(1, null, ReferralState.DRAFT, null));
        assertThat(outcomes()).isEmpty();

        Instant sent = Instant.parse("2026-08-04T02:00:00Z");
        referrals(referral(1, sent, ReferralState.SENT, null), referral(2, sent, ReferralState.SENT, null));
        referrals(referral(1, sent, ReferralState.RESOLVED, ReferralOutcome.HELPED));

        assertThat(outcomes())
                .containsExactly(
                        new OutcomeCount(DestinationKind.CONSUMER_CENTER, ReferralState.SENT, null, 1),
                        new OutcomeCount(
                                DestinationKind.CONSUMER_CENTER, ReferralState.RESOLVED, ReferralOutcome.HELPED, 1));
        List<DestinationCount> destinations = db.inTransaction(em -> new CaseRollups(em).destinations(FIRST, LAST, 5));
        assertThat(destinations)
                .containsExactly(new DestinationCount(DestinationKind.CONSUMER_CENTER, "京都市消費生活総合センター", 2));
    }

    @Test
    void aRebuildCountsTheCasesAndReferralsAfterTheReports() {
        var advice = new StoredFigures();
        for (long id = 1; id <= 5; id++) {
            advice.cases.add(id == 5 ? answered(5, 30, false) : opened(id));
        }
        advice.referrals.add(referral(7, Instant.parse("2026-08-05T02:00:00Z"), ReferralState.SENT, null));
        // case 3's event came while the rebuild ran: counted once all the same
        cases(opened(3));
        // started as migration V5 starts it: how much there is to count is not known yet (-1)
        db.run(em -> em.createNativeQuery("INSERT INTO rep_rebuild (started_at, started_by, total) VALUES (?, ?, -1)")
                .setParameter(1, LocalDateTime.ofInstant(OPENED, ZoneOffset.UTC))
                .setParameter(2, "admin")
                .executeUpdate());

        int steps = 0;
        while (Boolean.TRUE.equals(db.inTransaction(
                em -> new RollupRebuild(em, new NoReports(), advice, Clock.fixed(OPENED, ZoneOffset.UTC)).step()))) {
            steps++;
        }

        assertThat(steps).isEqualTo(4); // reports (none: next phase), cases, cases done, referrals
        assertThat(service()).isEqualTo(new ServiceFigures(5, 1, 0, 30, 0, 0, 0, 0));
        assertThat(outcomes())
                .containsExactly(new OutcomeCount(DestinationKind.CONSUMER_CENTER, ReferralState.SENT, null, 1));
        var progress =
                db.inTransaction(em -> new RebuildRepository(em).latest()).orElseThrow();
        assertThat(progress.done()).isEqualTo(6);
        assertThat(progress.total()).isEqualTo(6);
        assertThat(progress.percent()).isEqualTo(100);
        assertThat(progress.running()).isFalse();
    }

    private static CaseFigures opened(long id) {
        return new CaseFigures(id, OPENED, false, "DATING", null, false, 0, null, false, 0);
    }

    private static CaseFigures answered(long id, long minutes, boolean inTime) {
        return new CaseFigures(
                id, OPENED, false, "DATING", OPENED.plusSeconds(minutes * 60), inTime, minutes, null, false, 0);
    }

    private static ReferralFigures referral(long id, Instant sent, ReferralState state, ReferralOutcome outcome) {
        return new ReferralFigures(id, DestinationKind.CONSUMER_CENTER, "京都市消費生活総合センター", sent, state, outcome);
    }

    private static void cases(CaseFigures... figures) {
        db.run(em -> new CaseRollups(em).cases(List.of(figures)));
    }

    private static void referrals(ReferralFigures... figures) {
        db.run(em -> new CaseRollups(em).referrals(List.of(figures)));
    }

    private static ServiceFigures service() {
        return db.inTransaction(em -> new CaseRollups(em).service(FIRST, LAST));
    }

    private static List<OutcomeCount> outcomes() {
        return db.inTransaction(em -> new CaseRollups(em).outcomes(FIRST, LAST));
    }

    /** The advice module's figures as it would read them from its tables. */
    private static final class StoredFigures implements AdviceFigures {
        final List<CaseFigures> cases = new ArrayList<>();
        final List<ReferralFigures> referrals = new ArrayList<>();

        @Override
        public long caseCount() {
            return cases.size();
        }

        @Override
        public List<CaseFigures> casesAfter(long afterCaseId, int limit) {
            return cases.stream()
                    .filter(c -> c.caseId() > afterCaseId)
                    .limit(limit)
                    .toList();
        }

        @Override
        public long referralCount() {
            return referrals.size();
        }

        @Override
        public List<ReferralFigures> referralsAfter(long afterReferralId, int limit) {
            return referrals.stream()
                    .filter(r -> r.referralId() > afterReferralId)
                    .limit(limit)
                    .toList();
        }
    }

    private static final class NoReports implements ReportFacts {
        @Override
        public List<Fact> after(long afterId, int limit) {
            return List.of();
        }

        @Override
        public List<Fact> receivedBetween(Instant from, Instant until, long afterId, int limit) {
            return List.of();
        }

        @Override
        public java.util.Optional<Instant> firstReceivedAt() {
            return java.util.Optional.empty();
        }

        @Override
        public long count() {
            return 0;
        }
    }
}
