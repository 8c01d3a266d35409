package jp.spamcenter.reporting.internal.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;
import javax.sql.DataSource;
import jp.spamcenter.advice.api.AdviceFigures;
import jp.spamcenter.advice.api.CaseFigures;
import jp.spamcenter.advice.api.ReferralFigures;
import jp.spamcenter.complaint.api.ReportFacts;
import jp.spamcenter.reporting.api.StatisticsRebuild;

/**
 * Rebuilds the rollups: all tables are emptied at once (locked together, so that no event's count falls between
 * them), then every stored report, then every case, then every referral is counted again in slices, by any
 * instance, as {@link RebuildSteps} runs them. Emptying runs outside any transaction: {@code TRUNCATE} commits
 * on its own. An event that arrives meanwhile counts its report, case or referral; the slice that reaches it
 * later finds it counted.
 */
@ApplicationScoped
public class RollupRebuild implements StatisticsRebuild {

    /** The center's clock (one for the application; tests set the time). */
    @Inject
    Clock clock;

    /** Reports counted per transaction. */
    static final int SLICE = 2_000;

    @PersistenceContext(unitName = "reporting")
    EntityManager em;

    @Inject
    ReportFacts facts;

    @Inject
    AdviceFigures advice;

    /** What a rebuild counts, in this order. */
    enum Phase {
        REPORTS,
        CASES,
        REFERRALS
    }

    /** The tables a rebuild empties and fills again. */
    static final List<String> TABLES =
            List.of("rep_complaint", "rep_daily", "rep_case", "rep_case_daily", "rep_referral", "rep_referral_daily");

    @Resource(lookup = "java:app/jdbc/spamcenter")
    DataSource dataSource;

    @Override
    public Progress start(String by) {
        Optional<Progress> running = latest().filter(Progress::running);
        if (running.isPresent()) {
            return running.get();
        }
        long total = facts.count() + advice.caseCount() + advice.referralCount();
        try (Connection connection = dataSource.getConnection()) {
            empty(connection);
            try (var insert = connection.prepareStatement(
                    "INSERT INTO rep_rebuild (started_at, started_by, total) VALUES (?, ?, ?)")) {
                insert.setObject(1, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
                insert.setString(2, by);
                insert.setLong(3, total);
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the rollups could not be emptied for the rebuild", e);
        }
        return latest().orElseThrow();
    }

    /** Empties the tables while holding them all: events wait, then count into the empty tables. */
    static void empty(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("LOCK TABLES "
                    + String.join(", ", TABLES.stream().map(t -> t + " WRITE").toList()));
            try {
                for (String table : TABLES) {
                    sql.execute("TRUNCATE TABLE " + table);
                }
            } finally {
                sql.execute("UNLOCK TABLES");
            }
        }
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Progress> latest() {
        return latest(em);
    }

    static Optional<Progress> latest(EntityManager em) {
        List<?> rows = em.createNativeQuery(
                        "SELECT id, started_at, started_by, finished_at, done, total FROM rep_rebuild"
                                + " ORDER BY id DESC LIMIT 1")
                .getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .findFirst()
                .map(r -> new Progress(
                        ((Number) r[0]).longValue(),
                        instant(r[1]),
                        (String) r[2],
                        instant(r[3]),
                        ((Number) r[4]).longValue(),
                        ((Number) r[5]).longValue()));
    }

    /**
     * Counts the next slice of a running rebuild, if no other instance holds it; false when there is nothing
     * (more) to do.
     */
    static boolean step(EntityManager em, ReportFacts facts, AdviceFigures advice, Instant now) {
        List<?> rows = em.createNativeQuery(
                        "SELECT id, last_id, phase, total FROM rep_rebuild WHERE finished_at IS NULL"
                                + " ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED")
                .getResultList();
        if (rows.isEmpty()) {
            return false;
        }
        Object[] row = (Object[]) rows.get(0);
        long id = ((Number) row[0]).longValue();
        long lastId = ((Number) row[1]).longValue();
        Phase phase = Phase.valueOf((String) row[2]);
        if (((Number) row[3]).longValue() < 0) {
            // started by a migration, which cannot ask the other modules how much there is
            em.createNativeQuery("UPDATE rep_rebuild SET total = ? WHERE id = ?")
                    .setParameter(1, facts.count() + advice.caseCount() + advice.referralCount())
                    .setParameter(2, id)
                    .executeUpdate();
        }
        Optional<Counted> counted = switch (phase) {
            case REPORTS -> reports(em, facts, lastId);
            case CASES -> cases(em, advice, lastId);
            case REFERRALS -> referrals(em, advice, lastId);
        };
        if (counted.isPresent()) {
            em.createNativeQuery("UPDATE rep_rebuild SET last_id = ?, done = done + ? WHERE id = ?")
                    .setParameter(1, counted.get().lastId())
                    .setParameter(2, counted.get().count())
                    .setParameter(3, id)
                    .executeUpdate();
        } else if (phase != Phase.REFERRALS) {
            em.createNativeQuery("UPDATE rep_rebuild SET phase = ?, last_id = 0 WHERE id = ?")
                    .setParameter(1, Phase.values()[phase.ordinal() + 1].name())
                    .setParameter(2, id)
                    .executeUpdate();
        } else {
            em.createNativeQuery("UPDATE rep_rebuild SET finished_at = ? WHERE id = ?")
                    .setParameter(1, LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                    .setParameter(2, id)
                    .executeUpdate();
            return false;
        }
        return true;
    }

    /** A slice counted: the last id in it, how many. */
    public record Counted(long lastId, int count) {}

    private static Optional<Counted> reports(EntityManager em, ReportFacts facts, long lastId) {
        List<ReportFacts.Fact> slice = facts.after(lastId, SLICE);
        if (slice.isEmpty()) {
            return Optional.empty();
        }
        countSlice(em, slice);
        return Optional.of(new Counted(slice.get(slice.size() - 1).complaintId(), slice.size()));
    }

    /** The next cases, as {@link #lockedSlice} counts them. */
    public static Optional<Counted> cases(EntityManager em, AdviceFigures advice, long lastId) {
        return lockedSlice(
                em,
                after -> advice.casesAfter(after, SLICE),
                CaseFigures::caseId,
                "rep_case",
                "case_id",
                CaseRollups::cases,
                lastId);
    }

    /** The next referrals, as {@link #lockedSlice} counts them. */
    public static Optional<Counted> referrals(EntityManager em, AdviceFigures advice, long lastId) {
        return lockedSlice(
                em,
                after -> advice.referralsAfter(after, SLICE),
                ReferralFigures::referralId,
                "rep_referral",
                "referral_id",
                CaseRollups::referrals,
                lastId);
    }

    /**
     * The next slice of figures, counted as they stand once their rows are locked: read, rows locked, read again
     * (always as committed now). A change that commits before the locks are granted is read; one after waits for
     * this slice, then counts its difference.
     */
    private static <F> Optional<Counted> lockedSlice(
            EntityManager em,
            LongFunction<List<F>> after,
            ToLongFunction<F> id,
            String table,
            String idColumn,
            BiConsumer<EntityManager, List<F>> count,
            long lastId) {
        List<F> slice = after.apply(lastId);
        if (slice.isEmpty()) {
            return Optional.empty();
        }
        long last = id.applyAsLong(slice.get(slice.size() - 1));
        CaseRollups.lock(
                em, table, idColumn, slice.stream().map(id::applyAsLong).toList());
        count.accept(
                em,
                after.apply(lastId).stream()
                        .filter(f -> id.applyAsLong(f) <= last)
                        .toList());
        return Optional.of(new Counted(last, slice.size()));
    }

    /**
     * Counts a slice in a few statements: every report's row is made (if its event did not make it) and locked;
     * the rows nobody touched yet get their facts in one statement and their counts summed per day and value in
     * another; rows an event touched meanwhile are brought in line one by one, as their events would have.
     */
    public static void countSlice(EntityManager em, List<ReportFacts.Fact> slice) {
        // plain JDBC on the transaction's connection: the provider's native queries slow down with thousands of
        // parameters, the driver does not
        Connection connection = em.unwrap(Connection.class);
        try {
            countSlice(connection, em, slice);
        } catch (SQLException e) {
            throw new IllegalStateException("a slice of the rebuild could not be counted", e);
        }
    }

    private static void countSlice(Connection connection, EntityManager em, List<ReportFacts.Fact> slice)
            throws SQLException {
        try (var make = connection.prepareStatement(
                "INSERT IGNORE INTO rep_complaint (complaint_id, day) VALUES " + Tally.placeholders(slice.size(), 2))) {
            int p = 1;
            for (var fact : slice) {
                make.setLong(p++, fact.complaintId());
                make.setObject(p++, Rollups.centerDay(fact.receivedAt()));
            }
            make.executeUpdate();
        }
        var untouched = new java.util.HashSet<Long>();
        try (var lock = connection.prepareStatement("SELECT complaint_id FROM rep_complaint WHERE complaint_id IN ("
                + String.join(",", java.util.Collections.nCopies(slice.size(), "?"))
                + ") AND NOT received AND category IS NULL AND origin_country IS NULL AND duties = '' FOR UPDATE")) {
            int p = 1;
            for (var fact : slice) {
                lock.setLong(p++, fact.complaintId());
            }
            try (var rows = lock.executeQuery()) {
                while (rows.next()) {
                    untouched.add(rows.getLong(1));
                }
            }
        }
        var fresh = new java.util.ArrayList<ReportFacts.Fact>();
        for (var fact : slice) {
            if (untouched.contains(fact.complaintId())) {
                fresh.add(fact);
            } else {
                Rollups.sync(em, fact); // its event came first: counted as events count
            }
        }
        if (fresh.isEmpty()) {
            return;
        }
        var tally = new Tally();
        try (var facts = connection.prepareStatement("INSERT INTO rep_complaint (complaint_id, receipt_number, day,"
                + " received, channel, intake, prefecture_code, category, origin_country, campaign_key, duties) VALUES "
                + String.join(",", java.util.Collections.nCopies(fresh.size(), "(?, ?, ?, TRUE, ?, ?, ?, ?, ?, ?, ?)"))
                + " ON DUPLICATE KEY UPDATE receipt_number = VALUES(receipt_number), received = TRUE,"
                + " channel = VALUES(channel), intake = VALUES(intake), prefecture_code = VALUES(prefecture_code),"
                + " category = VALUES(category), origin_country = VALUES(origin_country),"
                + " campaign_key = VALUES(campaign_key), duties = VALUES(duties)")) {
            int p = 1;
            for (var fact : fresh) {
                var counted = Rollups.Facts.of(fact);
                facts.setLong(p++, fact.complaintId());
                facts.setString(p++, fact.receiptNumber());
                facts.setObject(p++, counted.day());
                facts.setString(p++, counted.channel());
                facts.setString(p++, counted.intake());
                facts.setString(p++, counted.prefecture());
                facts.setString(p++, counted.category());
                facts.setString(p++, counted.country());
                facts.setString(p++, counted.campaign());
                facts.setString(p++, String.join(" ", counted.duties()));
                counted.count(tally, 1);
            }
            facts.executeUpdate();
        }
        tally.writeTo(connection, "rep_daily", "complaints", "slice", "dimension", "day", "value");
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        LocalDateTime local = value instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
        return local.toInstant(ZoneOffset.UTC);
    }
}
