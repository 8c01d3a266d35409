package jp.spamcenter.reporting.internal.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import jp.spamcenter.complaint.api.Channel;
import jp.spamcenter.complaint.api.ComplaintAnalysed;
import jp.spamcenter.complaint.api.ComplaintReceived;
import jp.spamcenter.complaint.api.Intake;
import jp.spamcenter.complaint.api.ReportFacts;
import jp.spamcenter.complaint.testsupport.EmbeddedMariaDb;
import jp.spamcenter.complaint.testsupport.PersistenceTests;
import jp.spamcenter.reporting.api.Statistics.Dimension;
import jp.spamcenter.reporting.api.StatisticsCheck.Difference;
import jp.spamcenter.reporting.api.StatisticsCheck.Result;
import jp.spamcenter.reporting.api.StatisticsRebuild;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * The statistics check on a real MariaDB: rollups kept by the events agree with the recount of the stored facts;
 * a rollup changed behind the events' back, a report never counted and one counted twice are each named with
 * slice, dimension, day, expected and found; a report still waiting for its analysis is no difference.
 */
class StatisticsCheckTest {

    private static final Instant OCT_1 = Instant.parse("2026-10-01T03:00:00Z");
    /** 1 November in Japan. */
    private static final Instant NOV_1 = Instant.parse("2026-10-31T23:30:00Z");

    private PersistenceTests db;
    private final List<ReportFacts.Fact> stored = new ArrayList<>();
    private StatisticsChecking checking;

    @BeforeEach
    void countedByEvents() throws Exception {
        db = PersistenceTests.migrated("reporting", "rep_");
        var dataSource = new MariaDbDataSource(db.jdbcUrl());
        dataSource.setUser(EmbeddedMariaDb.USER);
        dataSource.setPassword(EmbeddedMariaDb.PASSWORD);
        checking = new StatisticsChecking(
                new StoredFacts(),
                new NoRebuild(),
                dataSource,
                Clock.fixed(Instant.parse("2026-11-02T00:00:00Z"), ZoneOffset.UTC),
                Duration.ZERO);
        report(fact(1, OCT_1, "13", "PC_MAIL", "WEB_FORM", "PHISHING", "US", List.of("SENDER_NAME"), false));
        report(fact(2, OCT_1, "27", "SMS", "PHONE", "BILLING_FRAUD", "", List.of(), false));
        report(fact(3, NOV_1, null, "PC_MAIL", "BULK_API", "PHISHING", "CN", List.of("CONTACT", "SENDER_NAME"), false));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void rollupsKeptByTheEventsEqualTheRecount() {
        Result result = check();

        assertThat(result.agrees()).isTrue();
        assertThat(result.reports()).isEqualTo(3);
        assertThat(result.days()).isEqualTo(33); // 1 October to 2 November
        assertThat(result.rowsCompared()).isPositive();
        assertThat(result.requestedBy()).isEqualTo("admin");
    }

    @Test
    void aRollupChangedBehindTheEventsBackIsNamed() {
        db.run(em -> em.createNativeQuery("UPDATE rep_daily SET complaints = complaints + 2 WHERE slice = ''"
                        + " AND dimension = 'COUNTRY' AND value = 'US' AND day = '2026-10-01'")
                .executeUpdate());

        Result result = check();

        assertThat(result.agrees()).isFalse();
        assertThat(result.differences())
                .containsExactly(new Difference("", Dimension.COUNTRY, LocalDate.of(2026, 10, 1), "US", 1, 3));
        assertThat(result.differenceCount()).isEqualTo(1);
    }

    @Test
    void aReportNeverCountedIsNamedOnEveryDimensionAndSlice() {
        stored.add(fact(4, NOV_1, "01", "SMS", "WEB_FORM", "DATING", "JP", List.of(), false));

        List<Difference> differences = check().differences();

        LocalDate nov1 = LocalDate.of(2026, 11, 1);
        assertThat(differences)
                .contains(
                        new Difference("", Dimension.TOTAL, nov1, "", 2, 1),
                        new Difference("", Dimension.CATEGORY, nov1, "DATING", 1, 0),
                        new Difference("", Dimension.COUNTRY, nov1, "JP", 1, 0),
                        new Difference("", Dimension.PREFECTURE, nov1, "01", 1, 0),
                        new Difference("CHANNEL:SMS", Dimension.TOTAL, nov1, "", 1, 0),
                        new Difference("COUNTRY:JP", Dimension.CATEGORY, nov1, "DATING", 1, 0))
                .allMatch(d -> d.day().equals(nov1) && d.expected() == d.found() + 1);
    }

    @Test
    void aReportCountedTwiceIsNamed() {
        // a second delivery that slipped past the report's own row: the rollups alone counted again
        db.run(em -> em.createNativeQuery("UPDATE rep_daily SET complaints = complaints * 2 WHERE day = '2026-11-01'")
                .executeUpdate());

        List<Difference> differences = check().differences();

        assertThat(differences)
                .isNotEmpty()
                .allMatch(d -> d.found() == 2 * d.expected() && d.day().equals(LocalDate.of(2026, 11, 1)))
                .contains(new Difference("", Dimension.DUTY, LocalDate.of(2026, 11, 1), "CONTACT", 1, 2));
    }

    @Test
    void aReportWaitingForItsFirstAnalysisIsNoDifference() {
        stored.add(fact(5, NOV_1, null, "PC_MAIL", "MAILBOX", null, null, List.of(), true));

        assertThat(check().agrees()).isTrue();
    }

    @Test
    void aCheckAskedForWhileOneWaitsIsTheSameCheck() {
        Result first = checking.request("admin");
        Result again = checking.request("schedule");

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.finished()).isFalse();
        assertThat(checking.runWaiting()).isTrue();
        assertThat(checking.runWaiting()).isFalse(); // nothing waits any more
        assertThat(checking.latest().orElseThrow().agrees()).isTrue();
    }

    private Result check() {
        checking.request("admin");
        assertThat(checking.runWaiting()).isTrue();
        return checking.latest().orElseThrow();
    }

    /** A stored report, counted by its two events. */
    private void report(ReportFacts.Fact fact) {
        stored.add(fact);
        db.run(em -> new Rollups(em)
                .consume(List.of(new ComplaintReceived(
                        fact.complaintId(),
                        fact.receiptNumber(),
                        "s",
                        fact.prefectureCode(),
                        fact.receivedAt(),
                        fact.category(),
                        null,
                        true,
                        Channel.valueOf(fact.channel()),
                        Intake.valueOf(fact.intake())))));
        db.run(em -> new Rollups(em)
                .consume(List.of(new ComplaintAnalysed(
                        fact.complaintId(),
                        fact.receivedAt(),
                        fact.category(),
                        fact.originCountry().isEmpty() ? null : fact.originCountry(),
                        null,
                        fact.violatedDuties(),
                        "1"))));
    }

    private static ReportFacts.Fact fact(
            long id,
            Instant at,
            String prefecture,
            String channel,
            String intake,
            String category,
            String country,
            List<String> duties,
            boolean awaitingAnalysis) {
        return new ReportFacts.Fact(
                id,
                "R" + id,
                at,
                prefecture,
                channel,
                intake,
                !awaitingAnalysis,
                category,
                country,
                null,
                duties,
                awaitingAnalysis,
                null,
                null);
    }

    /** The complaint module's stored reports, as its api tells them. */
    private final class StoredFacts implements ReportFacts {

        @Override
        public List<Fact> after(long afterId, int limit) {
            return stored.stream()
                    .filter(f -> f.complaintId() > afterId)
                    .sorted(Comparator.comparingLong(Fact::complaintId))
                    .limit(limit)
                    .toList();
        }

        @Override
        public List<Fact> receivedBetween(Instant from, Instant until, long afterId, int limit) {
            return after(afterId, Integer.MAX_VALUE).stream()
                    .filter(f ->
                            !f.receivedAt().isBefore(from) && f.receivedAt().isBefore(until))
                    .limit(limit)
                    .toList();
        }

        @Override
        public Optional<Instant> firstReceivedAt() {
            return stored.stream().map(Fact::receivedAt).min(Comparator.naturalOrder());
        }

        @Override
        public long count() {
            return stored.size();
        }
    }

    private static final class NoRebuild implements StatisticsRebuild {
        @Override
        public Progress start(String by) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Progress> latest() {
            return Optional.empty();
        }
    }
}
