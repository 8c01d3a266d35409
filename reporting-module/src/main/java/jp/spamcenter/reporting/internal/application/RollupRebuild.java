package jp.spamcenter.reporting.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;
import jp.spamcenter.advice.api.AdviceFigures;
import jp.spamcenter.advice.api.CaseFigures;
import jp.spamcenter.advice.api.ReferralFigures;
import jp.spamcenter.complaint.api.ReportFacts;
import jp.spamcenter.reporting.api.StatisticsRebuild;
import jp.spamcenter.reporting.internal.domain.CountedReport;
import jp.spamcenter.reporting.internal.domain.Tally;
import jp.spamcenter.reporting.internal.infrastructure.RebuildRepository;
import jp.spamcenter.reporting.internal.infrastructure.RebuildRepository.Running;
import jp.spamcenter.reporting.internal.infrastructure.ReportRollupRepository;

/**
 * Rebuilds the rollups: all tables are emptied at once (locked together, so that no event's count falls between
 * them), then every stored report, then every case, then every referral is counted again in slices, by any
 * instance, as {@link RebuildSteps} runs them. Emptying runs outside any transaction: {@code TRUNCATE} commits
 * on its own. An event that arrives meanwhile counts its report, case or referral; the slice that reaches it
 * later finds it counted.
 */
@ApplicationScoped
public class RollupRebuild implements StatisticsRebuild {

    /** Reports counted per transaction. */
    static final int SLICE = 2_000;

    /** What a rebuild counts, in this order. */
    enum Phase {
        REPORTS,
        CASES,
        REFERRALS
    }

    /** The center's clock (one for the application; tests set the time). */
    @Inject
    Clock clock;

    @Inject
    ReportFacts facts;

    @Inject
    AdviceFigures advice;

    @Inject
    RebuildRepository rebuilds;

    @Inject
    ReportRollupRepository reports;

    @Inject
    Rollups rollups;

    @Inject
    CaseRollups cases;

    public RollupRebuild() {}

    /** Outside the container (tests, tools): on the given entity manager. */
    public RollupRebuild(EntityManager em, ReportFacts facts, AdviceFigures advice, Clock clock) {
        this.clock = clock;
        this.facts = facts;
        this.advice = advice;
        this.rebuilds = new RebuildRepository(em);
        this.reports = new ReportRollupRepository(em);
        this.rollups = new Rollups(em);
        this.cases = new CaseRollups(em);
    }

    @Override
    public Progress start(String by) {
        Optional<Progress> running = latest().filter(Progress::running);
        if (running.isPresent()) {
            return running.get();
        }
        rebuilds.start(clock.instant(), by, facts.count() + advice.caseCount() + advice.referralCount());
        return latest().orElseThrow();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Progress> latest() {
        return rebuilds.latest();
    }

    /**
     * Counts the next slice of a running rebuild, if no other instance holds it, in the caller's transaction;
     * false when there is nothing (more) to do.
     */
    public boolean step() {
        Optional<Running> running = rebuilds.lockRunning();
        if (running.isEmpty()) {
            return false;
        }
        long id = running.get().id();
        long lastId = running.get().lastId();
        Phase phase = Phase.valueOf(running.get().phase());
        if (running.get().total() < 0) {
            // started by a migration, which cannot ask the other modules how much there is
            rebuilds.total(id, facts.count() + advice.caseCount() + advice.referralCount());
        }
        Optional<Counted> counted = switch (phase) {
            case REPORTS -> reports(lastId);
            case CASES -> cases(lastId);
            case REFERRALS -> referrals(lastId);
        };
        if (counted.isPresent()) {
            rebuilds.counted(id, counted.get().lastId(), counted.get().count());
        } else if (phase != Phase.REFERRALS) {
            rebuilds.phase(id, Phase.values()[phase.ordinal() + 1].name());
        } else {
            rebuilds.finished(id, clock.instant());
            return false;
        }
        return true;
    }

    /** A slice counted: the last id in it, how many. */
    public record Counted(long lastId, int count) {}

    /** The next reports after {@code lastId}, counted as {@link #countSlice} does. */
    public Optional<Counted> reports(long lastId) {
        List<ReportFacts.Fact> slice = facts.after(lastId, SLICE);
        if (slice.isEmpty()) {
            return Optional.empty();
        }
        countSlice(slice);
        return Optional.of(new Counted(slice.get(slice.size() - 1).complaintId(), slice.size()));
    }

    /** The next cases, as {@link #lockedSlice} counts them. */
    public Optional<Counted> cases(long lastId) {
        return lockedSlice(
                after -> advice.casesAfter(after, SLICE), CaseFigures::caseId, cases::lockCases, cases::cases, lastId);
    }

    /** The next referrals, as {@link #lockedSlice} counts them. */
    public Optional<Counted> referrals(long lastId) {
        return lockedSlice(
                after -> advice.referralsAfter(after, SLICE),
                ReferralFigures::referralId,
                cases::lockReferrals,
                cases::referrals,
                lastId);
    }

    /**
     * The next slice of figures, counted as they stand once their rows are locked: read, rows locked, read again
     * (always as committed now). A change that commits before the locks are granted is read; one after waits for
     * this slice, then counts its difference.
     */
    private static <F> Optional<Counted> lockedSlice(
            LongFunction<List<F>> after,
            ToLongFunction<F> id,
            Consumer<List<Long>> lock,
            Consumer<List<F>> count,
            long lastId) {
        List<F> slice = after.apply(lastId);
        if (slice.isEmpty()) {
            return Optional.empty();
        }
        long last = id.applyAsLong(slice.get(slice.size() - 1));
        lock.accept(slice.stream().map(id::applyAsLong).toList());
        count.accept(after.apply(lastId).stream()
                .filter(f -> id.applyAsLong(f) <= last)
                .toList());
        return Optional.of(new Counted(last, slice.size()));
    }

    /**
     * Counts a slice in a few statements: every report's row is made (if its event did not make it) and locked;
     * the rows nobody touched yet get their facts in one statement and their counts summed per day and value in
     * another; rows an event touched meanwhile are brought in line one by one, as their events would have.
     */
    public void countSlice(List<ReportFacts.Fact> slice) {
        var days = new TreeMap<Long, LocalDate>();
        for (var fact : slice) {
            days.put(fact.complaintId(), CountedReport.centerDay(fact.receivedAt()));
        }
        Set<Long> untold = reports.lockUntold(days);
        var fresh = new ArrayList<CountedReport>();
        var receipts = new HashMap<Long, String>();
        var tally = new Tally();
        for (var fact : slice) {
            if (untold.contains(fact.complaintId())) {
                var counted = CountedReport.of(fact);
                fresh.add(counted);
                receipts.put(fact.complaintId(), fact.receiptNumber());
                counted.count(tally, 1);
            } else {
                rollups.sync(fact); // its event came first: counted as events count
            }
        }
        if (!fresh.isEmpty()) {
            reports.store(fresh, receipts, tally);
        }
    }
}
