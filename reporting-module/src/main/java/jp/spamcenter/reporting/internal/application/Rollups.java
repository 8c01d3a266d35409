package jp.spamcenter.reporting.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.spamcenter.advice.api.Referrals.OutcomeCount;
import jp.spamcenter.complaint.api.Channel;
import jp.spamcenter.complaint.api.ComplaintAnalysed;
import jp.spamcenter.complaint.api.ComplaintEvent;
import jp.spamcenter.complaint.api.ComplaintEventConsumer;
import jp.spamcenter.complaint.api.ComplaintReceived;
import jp.spamcenter.complaint.api.Intake;
import jp.spamcenter.complaint.api.ReportFacts;
import jp.spamcenter.reporting.api.Statistics;
import jp.spamcenter.reporting.internal.domain.CountedReport;
import jp.spamcenter.reporting.internal.domain.Tally;
import jp.spamcenter.reporting.internal.infrastructure.ReportRollupRepository;
import jp.spamcenter.reporting.internal.infrastructure.ReportRollupRepository.MonthSum;

/**
 * Keeps the facts of each report and the daily rollups from the complaint module's events, a batch at a time in
 * the transaction that delivers them (so a report is counted exactly when its delivery commits), and answers from
 * the rollups. A re-analysis that changes a report's category, origin, duties or campaign moves its count from the
 * old value to the new one. Several instances may count at once: the reports' rows are locked in id order, the
 * counters are updated in one statement in key order.
 */
@ApplicationScoped
public class Rollups implements Statistics, ComplaintEventConsumer {

    /** The name the complaint module's outbox keeps this consumer's deliveries under. */
    public static final String CONSUMER = "reporting.statistics";

    @Inject
    ReportRollupRepository reports;

    @Inject
    CaseRollups cases;

    public Rollups() {}

    /** Outside the container (benchmarks, tools): on the given entity manager. */
    public Rollups(EntityManager em) {
        this.reports = new ReportRollupRepository(em);
        this.cases = new CaseRollups(em);
    }

    @Override
    public String name() {
        return CONSUMER;
    }

    /**
     * Counts a batch of events in a few statements: the reports' rows are made and locked in id order, the events
     * applied to their facts in memory, the changed facts written in one statement and the rollups' changes summed
     * and written in another, in key order. Concurrent batches lock in the same order and never deadlock; the
     * rollups' rows stay locked only from that last statement to the commit.
     */
    @Override
    public void consume(List<ComplaintEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        var days = new TreeMap<Long, LocalDate>();
        for (ComplaintEvent event : events) {
            days.putIfAbsent(event.complaintId(), CountedReport.centerDay(receivedAt(event)));
        }
        Map<Long, CountedReport> before = reports.lock(days);
        var after = new HashMap<>(before);
        var receipts = new HashMap<Long, String>();
        for (ComplaintEvent event : events) {
            after.put(event.complaintId(), after.get(event.complaintId()).with(event));
            if (event instanceof ComplaintReceived r) {
                receipts.put(r.complaintId(), r.receiptNumber());
            }
        }
        var changed = new ArrayList<CountedReport>();
        var tally = new Tally();
        for (long id : days.keySet()) {
            CountedReport old = before.get(id);
            CountedReport now = after.get(id);
            if (!now.equals(old) || receipts.containsKey(id)) {
                changed.add(now);
                old.count(tally, -1);
                now.count(tally, 1);
            }
        }
        reports.store(changed, receipts, tally);
    }

    /**
     * Brings a report's counts in line with its stored facts, as its events would have: used by the rebuild.
     * A report already counted (by its events, during the rebuild) is left as it is where it agrees.
     */
    public void sync(ReportFacts.Fact fact) {
        var events = new ArrayList<ComplaintEvent>(2);
        events.add(new ComplaintReceived(
                fact.complaintId(),
                fact.receiptNumber(),
                null,
                fact.prefectureCode(),
                fact.receivedAt(),
                fact.category(),
                fact.campaignKey(),
                true,
                fact.channel() == null ? null : Channel.valueOf(fact.channel()),
                fact.intake() == null ? null : Intake.valueOf(fact.intake()),
                null,
                fact.smsSenderKind()));
        if (fact.analysed()) {
            events.add(new ComplaintAnalysed(
                    fact.complaintId(),
                    fact.receivedAt(),
                    fact.category(),
                    fact.originCountry(),
                    fact.campaignKey(),
                    fact.violatedDuties(),
                    null,
                    fact.brand()));
        }
        consume(events);
    }

    private static Instant receivedAt(ComplaintEvent event) {
        return event instanceof ComplaintReceived r ? r.receivedAt() : ((ComplaintAnalysed) event).receivedAt();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Count> breakdown(Filter filter, Dimension dimension, LocalDate from, LocalDate to, int limit) {
        if (dimension == filter.dimension()) {
            // the filter's own dimension has its one value: the filter's total
            return reports.breakdown(filter.key(), Dimension.TOTAL, from, to, 1).stream()
                    .map(c -> new Count(filter.value(), c.complaints()))
                    .toList();
        }
        return reports.breakdown(filter.key(), dimension, from, to, limit);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MonthCount> monthly(Filter filter, Dimension dimension, String value, YearMonth from, YearMonth to) {
        boolean own = dimension == filter.dimension();
        Map<YearMonth, Long> counts = new HashMap<>();
        if (!own || filter.value().equals(value)) {
            for (MonthSum sum : reports.monthly(
                    filter.key(), own ? Dimension.TOTAL : dimension, own ? "" : value == null ? "" : value, from, to)) {
                counts.put(sum.month(), sum.complaints());
            }
        }
        var months = new ArrayList<MonthCount>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(new MonthCount(m, counts.getOrDefault(m, 0L)));
        }
        return months;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MonthValueCount> monthlyBreakdown(
            Filter filter, Dimension dimension, YearMonth from, YearMonth to, int limit) {
        var top = breakdown(filter, dimension, from.atDay(1), to.atEndOfMonth(), limit).stream()
                .map(Count::value)
                .toList();
        boolean own = dimension == filter.dimension();
        Map<MonthValue, Long> summed = new TreeMap<>();
        for (MonthSum sum : reports.monthlyByValue(filter.key(), own ? Dimension.TOTAL : dimension, from, to)) {
            String rowValue = own ? filter.value() : sum.value();
            String value = top.contains(rowValue) ? rowValue : "*";
            summed.merge(new MonthValue(sum.month(), value), sum.complaints(), Long::sum);
        }
        return summed.entrySet().stream()
                .map(e -> new MonthValueCount(e.getKey().month(), e.getKey().value(), e.getValue()))
                .toList();
    }

    /** A month and a value, in the order of months, then of values. */
    private record MonthValue(YearMonth month, String value) implements Comparable<MonthValue> {
        @Override
        public int compareTo(MonthValue other) {
            int byMonth = month.compareTo(other.month);
            return byMonth != 0 ? byMonth : value.compareTo(other.value);
        }
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Rising> risingCampaigns(Filter filter, LocalDate day, int limit) {
        return reports.risingCampaigns(filter.key(), day, limit);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReportRef> reports(
            Filter filter, Dimension dimension, String value, LocalDate from, LocalDate to, int offset, int limit) {
        return reports.reports(filter, dimension, value, from, to, offset, limit);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public ServiceFigures service(LocalDate from, LocalDate to) {
        return cases.service(from, to);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MonthService> monthlyService(YearMonth from, YearMonth to) {
        return cases.monthlyService(from, to);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OutcomeCount> referralOutcomes(LocalDate from, LocalDate to) {
        return cases.outcomes(from, to);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DestinationCount> referralDestinations(LocalDate from, LocalDate to, int limit) {
        return cases.destinations(from, to, limit);
    }
}
