package jp.spamcenter.web.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.spamcenter.advice.internal.infrastructure.FiguresReading;
import jp.spamcenter.complaint.api.CenterTime;
import jp.spamcenter.complaint.api.ReportFacts;
import jp.spamcenter.complaint.internal.infrastructure.ReportFactReading;
import jp.spamcenter.complaint.testsupport.EmbeddedMariaDb;
import jp.spamcenter.complaint.testsupport.PersistenceTests;
import jp.spamcenter.reporting.api.Statistics.Dimension;
import jp.spamcenter.reporting.api.Statistics.Filter;
import jp.spamcenter.reporting.internal.application.RollupRebuild;
import jp.spamcenter.reporting.internal.application.Rollups;
import jp.spamcenter.web.pages.shared.FigureLabels;
import jp.spamcenter.web.print.MonthlyReportPdf;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The statistics at scale (run on demand: {@code ./mvnw -pl web -am test -Pbench -Dtest=StatisticsBenchmark
 * -Dbench.reports=10000000}): {@code bench.reports} synthetic reports spread over five years with their cases
 * and referrals, the rollups rebuilt from them, then the server time of each dashboard query (filtered ones
 * too) and of the monthly PDF. Prints figures; the
 * targets (each query under 200 ms, the PDF under 5 s at 10 million reports) are read from them, not asserted.
 */
@Tag("bench")
class StatisticsBenchmark {

    private static final ZoneId CENTER = CenterTime.ZONE;

    @Test
    void dashboardQueriesMonthlyReportAndRebuildAtScale() throws Exception {
        long reports = Long.getLong("bench.reports", 1_000_000);
        try (var complaints = PersistenceTests.migrated("complaint", "cmp_");
                var advice = PersistenceTests.migrated("advice", "adv_");
                var reporting = PersistenceTests.migrated("reporting", "rep_")) {
            // the migration's own rebuild (V5) would count along; this benchmark counts itself
            reporting.run(em -> em.createNativeQuery("DELETE FROM rep_rebuild").executeUpdate());
            long started = System.nanoTime();
            try (var connection = DriverManager.getConnection(
                            complaints.jdbcUrl(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
                    var adviceConnection = DriverManager.getConnection(
                            advice.jdbcUrl(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD)) {
                SyntheticReports.fill(connection, adviceConnection, reports, 5, Instant.now(), 20261124L);
            }
            double generated = seconds(started);
            System.out.printf(Locale.ROOT, "%n=== statistics with %,d reports ===%n", reports);
            System.out.printf(
                    Locale.ROOT, "generate          %8.1f s  (%,.0f reports/s)%n", generated, reports / generated);

            // the rebuild, slice by slice, as RebuildSteps runs it
            started = System.nanoTime();
            long last = 0;
            long counted = 0;
            while (true) {
                long after = last;
                List<ReportFacts.Fact> slice =
                        complaints.inTransaction(em -> ReportFactReading.after(em, after, 2_000));
                if (slice.isEmpty()) {
                    break;
                }
                reporting.run(em -> new RollupRebuild(em, null, null, CenterTime.system()).countSlice(slice));
                last = slice.get(slice.size() - 1).complaintId();
                counted += slice.size();
            }
            double rebuilt = seconds(started);
            System.out.printf(
                    Locale.ROOT, "rebuild rollups   %8.1f s  (%,.0f reports/s)%n", rebuilt, counted / rebuilt);
            assertThat(counted).isEqualTo(reports);

            // then the cases and the referrals, as the rebuild's later phases count them
            started = System.nanoTime();
            long cases = countAll(advice, reporting, (rebuild, after) -> rebuild.cases(after));
            double casesRebuilt = seconds(started);
            started = System.nanoTime();
            long referrals = countAll(advice, reporting, (rebuild, after) -> rebuild.referrals(after));
            double referralsRebuilt = seconds(started);
            System.out.printf(
                    Locale.ROOT,
                    "rebuild cases     %8.1f s  (%,d cases, %,.0f/s)%n",
                    casesRebuilt,
                    cases,
                    cases / casesRebuilt);
            System.out.printf(Locale.ROOT, "rebuild referrals %8.1f s  (%,d referrals)%n", referralsRebuilt, referrals);

            LocalDate today = LocalDate.now(CENTER);
            LocalDate yearAgo = today.minusYears(1).plusDays(1);
            YearMonth month = YearMonth.from(today).minusMonths(1);
            var results = new ArrayList<String>();
            results.add(time(
                    reporting, "total, one year", em -> new Rollups(em).breakdown(Dimension.TOTAL, yearAgo, today, 1)));
            results.add(time(
                    reporting,
                    "by country, one year",
                    em -> new Rollups(em).breakdown(Dimension.COUNTRY, yearAgo, today, 10)));
            results.add(time(
                    reporting,
                    "by category, one year",
                    em -> new Rollups(em).breakdown(Dimension.CATEGORY, yearAgo, today, 10)));
            results.add(time(
                    reporting,
                    "by channel, one year",
                    em -> new Rollups(em).breakdown(Dimension.CHANNEL, yearAgo, today, 10)));
            results.add(time(
                    reporting,
                    "by prefecture, one year",
                    em -> new Rollups(em).breakdown(Dimension.PREFECTURE, yearAgo, today, 47)));
            results.add(time(
                    reporting,
                    "by duty, one year",
                    em -> new Rollups(em).breakdown(Dimension.DUTY, yearAgo, today, 10)));
            results.add(time(
                    reporting,
                    "trend by category, 12 months",
                    em -> new Rollups(em)
                            .monthlyBreakdown(Dimension.CATEGORY, YearMonth.from(yearAgo), YearMonth.from(today), 6)));
            results.add(time(
                    reporting,
                    "monthly totals, 5 years",
                    em -> new Rollups(em)
                            .monthly(Dimension.TOTAL, "", YearMonth.from(today).minusYears(5), YearMonth.from(today))));
            results.add(time(reporting, "rising campaigns", em -> new Rollups(em).risingCampaigns(today, 10)));
            results.add(time(
                    reporting,
                    "drill-down: US, one month, first 50",
                    em -> new Rollups(em)
                            .reports(Dimension.COUNTRY, "US", month.atDay(1), month.atEndOfMonth(), 0, 50)));
            var us = new Filter(Dimension.COUNTRY, "US");
            var sms = new Filter(Dimension.CHANNEL, "SMS");
            results.add(time(
                    reporting,
                    "filter US: by category, one year",
                    em -> new Rollups(em).breakdown(us, Dimension.CATEGORY, yearAgo, today, 10)));
            results.add(time(
                    reporting,
                    "filter SMS: trend by category, 12 mo.",
                    em -> new Rollups(em)
                            .monthlyBreakdown(
                                    sms, Dimension.CATEGORY, YearMonth.from(yearAgo), YearMonth.from(today), 6)));
            results.add(time(
                    reporting, "filter SMS: rising campaigns", em -> new Rollups(em).risingCampaigns(sms, today, 10)));
            results.add(time(
                    reporting,
                    "filter SMS: drill-down US, first 50",
                    em -> new Rollups(em)
                            .reports(sms, Dimension.COUNTRY, "US", month.atDay(1), month.atEndOfMonth(), 0, 50)));
            results.add(time(reporting, "service targets, one year", em -> new Rollups(em).service(yearAgo, today)));
            results.add(time(
                    reporting,
                    "service targets by month, 12 months",
                    em -> new Rollups(em).monthlyService(YearMonth.from(yearAgo), YearMonth.from(today))));
            results.add(time(
                    reporting, "referral outcomes, one year", em -> new Rollups(em).referralOutcomes(yearAgo, today)));
            results.add(time(
                    reporting,
                    "referral destinations, one year",
                    em -> new Rollups(em).referralDestinations(yearAgo, today, 10)));
            results.add(time(
                    reporting,
                    "monthly report PDF",
                    em -> MonthlyReportPdf.of(
                            new Rollups(em),
                            month,
                            Locale.JAPANESE,
                            (d, v) -> FigureLabels.label(d, v, Locale.JAPANESE))));
            results.forEach(System.out::println);
        }
    }

    /** One phase of the rebuild from the first slice to the last; how many it counted. */
    private static long countAll(PersistenceTests advice, PersistenceTests reporting, Phase phase) {
        long last = 0;
        long counted = 0;
        while (true) {
            long after = last;
            Optional<RollupRebuild.Counted> slice =
                    advice.inTransaction(adviceEm -> reporting.inTransaction(em -> phase.count(
                            new RollupRebuild(em, null, new FiguresReading(adviceEm), CenterTime.system()), after)));
            if (slice.isEmpty()) {
                return counted;
            }
            last = slice.get().lastId();
            counted += slice.get().count();
        }
    }

    private interface Phase {
        Optional<RollupRebuild.Counted> count(RollupRebuild rebuild, long after);
    }

    /** The median of five runs after one warm-up, in milliseconds. */
    private static String time(
            PersistenceTests db, String what, java.util.function.Function<jakarta.persistence.EntityManager, ?> query) {
        db.inTransaction(query::apply);
        double[] runs = new double[5];
        for (int i = 0; i < runs.length; i++) {
            long started = System.nanoTime();
            db.inTransaction(query::apply);
            runs[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(runs);
        return String.format(Locale.ROOT, "%-38s %8.1f ms", what, runs[2]);
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
