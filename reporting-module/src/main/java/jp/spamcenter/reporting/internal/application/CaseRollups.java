package jp.spamcenter.reporting.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import jp.spamcenter.advice.api.AdviceFiguresConsumer;
import jp.spamcenter.advice.api.CaseFigures;
import jp.spamcenter.advice.api.ReferralFigures;
import jp.spamcenter.advice.api.Referrals.OutcomeCount;
import jp.spamcenter.reporting.api.Statistics.DestinationCount;
import jp.spamcenter.reporting.api.Statistics.MonthService;
import jp.spamcenter.reporting.api.Statistics.ServiceFigures;
import jp.spamcenter.reporting.internal.domain.CaseMeasure;
import jp.spamcenter.reporting.internal.domain.CountedCase;
import jp.spamcenter.reporting.internal.domain.CountedReferral;
import jp.spamcenter.reporting.internal.domain.Tally;
import jp.spamcenter.reporting.internal.infrastructure.CaseRollupRepository;

/**
 * Keeps the cases' and referrals' rollups from the advice module's figures, handed over after the advisor's
 * transaction committed (a failure here never touches an advisor's work; the advice module tries again): each
 * one's row holds what it counts as now, so a change takes its old figures from the daily sums and adds its new
 * ones. Rows are locked first, so several instances (and a rebuild) may count at once; the same figures twice
 * count once.
 */
@ApplicationScoped
public class CaseRollups implements AdviceFiguresConsumer {

    /** The name the advice module keeps this consumer's deliveries under. */
    public static final String CONSUMER = "reporting.statistics";

    /** Kinds, then states in the order referrals go through them, then outcomes, "none yet" first. */
    private static final Comparator<OutcomeCount> OUTCOME_ORDER = Comparator.comparing(OutcomeCount::kind)
            .thenComparing(OutcomeCount::state)
            .thenComparing(OutcomeCount::outcome, Comparator.nullsFirst(Comparator.naturalOrder()));

    @Inject
    CaseRollupRepository rollups;

    public CaseRollups() {}

    /** Outside the container (tests, tools): on the given entity manager. */
    public CaseRollups(EntityManager em) {
        this.rollups = new CaseRollupRepository(em);
    }

    @Override
    public String name() {
        return CONSUMER;
    }

    /** Brings the cases' rows and the daily sums in line with their figures. */
    @Override
    public void cases(List<CaseFigures> figures) {
        var next = new LinkedHashMap<Long, CountedCase>();
        figures.forEach(f -> next.put(f.caseId(), CountedCase.of(f)));
        if (next.isEmpty()) {
            return;
        }
        Map<Long, CountedCase> before = rollups.lockCases(next.keySet());
        // most changes to a case (a note, an assignment) leave its figures as they were: nothing to write
        next.entrySet().removeIf(e -> e.getValue().equals(before.get(e.getKey())));
        if (next.isEmpty()) {
            return;
        }
        var tally = new Tally();
        next.forEach((id, row) -> {
            before.get(id).count(tally, -1);
            row.count(tally, 1);
        });
        rollups.storeCases(next, tally);
    }

    /** Brings the referrals' rows and the daily sums in line with their figures. */
    @Override
    public void referrals(List<ReferralFigures> figures) {
        var next = new LinkedHashMap<Long, CountedReferral>();
        figures.forEach(f -> next.put(f.referralId(), CountedReferral.of(f)));
        if (next.isEmpty()) {
            return;
        }
        Map<Long, CountedReferral> before = rollups.lockReferrals(next.keySet());
        next.entrySet().removeIf(e -> e.getValue().equals(before.get(e.getKey())));
        if (next.isEmpty()) {
            return;
        }
        var tally = new Tally();
        next.forEach((id, row) -> {
            before.get(id).count(tally, -1);
            row.count(tally, 1);
        });
        rollups.storeReferrals(next, tally);
    }

    /** Makes (counting nowhere) and locks the cases' rows until the transaction ends. */
    public void lockCases(List<Long> ids) {
        rollups.lockCases(ids);
    }

    /** Makes (counting nowhere) and locks the referrals' rows until the transaction ends. */
    public void lockReferrals(List<Long> ids) {
        rollups.lockReferrals(ids);
    }

    public ServiceFigures service(LocalDate from, LocalDate to) {
        return figures(rollups.sums(from, to)::get);
    }

    public List<MonthService> monthlyService(YearMonth from, YearMonth to) {
        Map<YearMonth, Map<CaseMeasure, Long>> sums = rollups.monthlySums(from, to);
        var months = new ArrayList<MonthService>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(new MonthService(m, figures(sums.getOrDefault(m, Map.of())::get)));
        }
        return months;
    }

    private static ServiceFigures figures(Function<CaseMeasure, Long> sums) {
        Function<CaseMeasure, Long> sum = m -> sums.apply(m) == null ? 0L : sums.apply(m);
        return new ServiceFigures(
                sum.apply(CaseMeasure.OPENED),
                sum.apply(CaseMeasure.ANSWERED),
                sum.apply(CaseMeasure.ANSWERED_IN_TIME),
                sum.apply(CaseMeasure.RESPONSE_MINUTES),
                sum.apply(CaseMeasure.CLOSED),
                sum.apply(CaseMeasure.CLOSED_IN_TIME),
                sum.apply(CaseMeasure.RESOLUTION_MINUTES),
                sum.apply(CaseMeasure.CLOSED_ON));
    }

    public List<OutcomeCount> outcomes(LocalDate from, LocalDate to) {
        return rollups.outcomes(from, to).stream().sorted(OUTCOME_ORDER).toList();
    }

    public List<DestinationCount> destinations(LocalDate from, LocalDate to, int limit) {
        return rollups.destinations(from, to, limit);
    }
}
