package jp.spamcenter.reporting.internal.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import jp.spamcenter.complaint.api.CenterTime;
import jp.spamcenter.complaint.api.ReportFacts;
import jp.spamcenter.reporting.api.Statistics.Dimension;
import jp.spamcenter.reporting.api.StatisticsCheck;
import jp.spamcenter.reporting.api.StatisticsRebuild;
import jp.spamcenter.reporting.internal.domain.CountedReport;
import jp.spamcenter.reporting.internal.domain.Tally;
import jp.spamcenter.reporting.internal.infrastructure.CheckRecords;
import jp.spamcenter.reporting.internal.infrastructure.CheckRecords.Figure;

/**
 * Recounts every day's reports from the complaint module's stored facts, as their events count them, and
 * compares the count with the day's rollups. Reports still on their way (analysed, their events not yet
 * delivered) make passing differences: the days that differ are looked at again a few times before a difference
 * is reported. Reports waiting for their first analysis are not counted by events yet, nor here.
 */
@ApplicationScoped
public class StatisticsChecking implements StatisticsCheck {

    private static final Logger LOG = Logger.getLogger(StatisticsChecking.class.getName());
    private static final int PAGE = 5_000;
    /** Looks at differing days again this many times, a pause apart, before naming a difference. */
    static final int SETTLE_ROUNDS = 3;

    @Inject
    ReportFacts facts;

    @Inject
    StatisticsRebuild rebuild;

    @Resource(lookup = "java:app/jdbc/spamcenter")
    DataSource dataSource;

    @Inject
    Clock clock;

    private CheckRecords records;
    private Duration settlePause = Duration.ofSeconds(5);

    public StatisticsChecking() {}

    /** Outside the container (tests, tools). */
    public StatisticsChecking(
            ReportFacts facts, StatisticsRebuild rebuild, DataSource dataSource, Clock clock, Duration settlePause) {
        this.facts = facts;
        this.rebuild = rebuild;
        this.dataSource = dataSource;
        this.clock = clock;
        this.settlePause = settlePause;
        init();
    }

    @PostConstruct
    void init() {
        records = new CheckRecords(dataSource);
    }

    @Override
    public Result request(String by) {
        records.request(by, now());
        return latest().orElseThrow();
    }

    @Override
    public Optional<Result> latest() {
        return records.latest();
    }

    /**
     * Runs the oldest check not finished, unless a rebuild is filling the rollups (the check then waits for it);
     * the caller makes sure that one instance at a time runs checks. True when a check ran.
     */
    public boolean runWaiting() {
        Optional<Long> waiting = records.unfinished();
        if (waiting.isEmpty()
                || rebuild.latest().filter(StatisticsRebuild.Progress::running).isPresent()) {
            return false;
        }
        run(waiting.get());
        return true;
    }

    private void run(long id) {
        records.started(id, now());
        ZoneId zone = CenterTime.ZONE;
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Optional<LocalDate> firstReport = facts.firstReceivedAt().map(CountedReport::centerDay);
        Optional<LocalDate[]> rollupDays = records.rollupDays();
        LocalDate first = firstReport.orElse(today);
        LocalDate last = today;
        if (rollupDays.isPresent()) {
            first = first.isBefore(rollupDays.get()[0]) ? first : rollupDays.get()[0];
            last = last.isAfter(rollupDays.get()[1]) ? last : rollupDays.get()[1];
        }
        long reports = 0;
        long rows = 0;
        long days = 0;
        var differing = new ArrayList<LocalDate>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            Comparison comparison = compare(day);
            reports += comparison.reports();
            rows += comparison.rows();
            days++;
            if (!comparison.differences().isEmpty()) {
                differing.add(day);
            }
            if (days % 30 == 0) {
                records.progress(id, reports, days, rows);
            }
        }
        List<Difference> differences = List.of();
        for (int round = 0; round < SETTLE_ROUNDS && !differing.isEmpty(); round++) {
            pause();
            var still = new ArrayList<LocalDate>();
            var found = new ArrayList<Difference>();
            for (LocalDate day : differing) {
                List<Difference> again = compare(day).differences();
                if (!again.isEmpty()) {
                    still.add(day);
                    found.addAll(again);
                }
            }
            differing = still;
            differences = found;
        }
        records.finish(id, now(), reports, days, rows, differences);
        if (!differences.isEmpty()) {
            String shown = differencesShown(differences);
            int count = differences.size();
            LOG.warning(() ->
                    "statistics check " + id + ": " + count + " rollup(s) differ from the recount, e.g. " + shown);
        } else {
            LOG.info(() -> "statistics check " + id + ": every rollup equals the recount");
        }
    }

    /** What one day's check found. */
    record Comparison(long reports, long rows, List<Difference> differences) {}

    /** The day's reports recounted, compared with the day's rollups. */
    Comparison compare(LocalDate day) {
        Instant from = day.atStartOfDay(CenterTime.ZONE).toInstant();
        Instant until = day.plusDays(1).atStartOfDay(CenterTime.ZONE).toInstant();
        var recount = new Tally();
        long reports = 0;
        long after = 0;
        while (true) {
            List<ReportFacts.Fact> page = facts.receivedBetween(from, until, after, PAGE);
            for (ReportFacts.Fact fact : page) {
                if (!fact.awaitingAnalysis()) {
                    CountedReport.of(fact).count(recount, 1);
                    reports++;
                }
            }
            if (page.size() < PAGE) {
                break;
            }
            after = page.get(page.size() - 1).complaintId();
        }
        Map<Figure, Long> stored = records.rollupsOn(day);
        var expected = new java.util.HashMap<Figure, Long>();
        for (var amount : recount.amounts().entrySet()) {
            List<Object> key = amount.getKey();
            expected.put(
                    new Figure((String) key.get(0), (String) key.get(1), String.valueOf(key.get(3))),
                    amount.getValue());
        }
        Set<Figure> figures = new HashSet<>(expected.keySet());
        figures.addAll(stored.keySet());
        var differences = new ArrayList<Difference>();
        for (Figure figure : figures) {
            long want = expected.getOrDefault(figure, 0L);
            long have = stored.getOrDefault(figure, 0L);
            if (want != have) {
                differences.add(new Difference(
                        figure.slice(), Dimension.valueOf(figure.dimension()), day, figure.value(), want, have));
            }
        }
        differences.sort(Comparator.comparing(Difference::slice)
                .thenComparing(Difference::dimension)
                .thenComparing(Difference::value));
        return new Comparison(reports, figures.size(), differences);
    }

    private void pause() {
        try {
            Thread.sleep(settlePause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String differencesShown(List<Difference> differences) {
        return differences.subList(0, Math.min(3, differences.size())).toString();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
