package jp.spamcenter.reporting.internal.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.spamcenter.advice.api.Referrals.DestinationKind;
import jp.spamcenter.advice.api.Referrals.OutcomeCount;
import jp.spamcenter.advice.api.Referrals.ReferralOutcome;
import jp.spamcenter.advice.api.Referrals.ReferralState;
import jp.spamcenter.reporting.api.Statistics.DestinationCount;
import jp.spamcenter.reporting.internal.domain.CaseMeasure;
import jp.spamcenter.reporting.internal.domain.CountedCase;
import jp.spamcenter.reporting.internal.domain.CountedReferral;
import jp.spamcenter.reporting.internal.domain.Tally;

/**
 * The cases' and referrals' read model: {@code rep_case} and {@code rep_referral} (what each counts as) and their
 * daily sums. Rows are made and locked before they are read, so several instances (and a rebuild) may count at
 * once.
 */
@ApplicationScoped
public class CaseRollupRepository {

    @PersistenceContext(unitName = "reporting")
    EntityManager em;

    public CaseRollupRepository() {}

    /** Outside the container (tests, tools): on the given entity manager. */
    public CaseRollupRepository(EntityManager em) {
        this.em = em;
    }

    /** The cases of these ids as they count now, made (counting nowhere) where missing and locked. */
    public Map<Long, CountedCase> lockCases(Collection<Long> ids) {
        return locked(
                "rep_case",
                "case_id",
                "counted, day, answered, answered_in_time, response_minutes, closed_day, closed_in_time,"
                        + " resolution_minutes",
                ids,
                row -> new CountedCase(
                        row.getBoolean(2),
                        Statements.date(row, 3),
                        row.getBoolean(4),
                        row.getBoolean(5),
                        row.getLong(6),
                        Statements.date(row, 7),
                        row.getBoolean(8),
                        row.getLong(9)));
    }

    /** The referrals of these ids as they count now, made (counting nowhere) where missing and locked. */
    public Map<Long, CountedReferral> lockReferrals(Collection<Long> ids) {
        return locked(
                "rep_referral",
                "referral_id",
                "day, kind, destination, state, outcome",
                ids,
                row -> new CountedReferral(
                        Statements.date(row, 2),
                        row.getString(3),
                        row.getString(4),
                        row.getString(5),
                        row.getString(6)));
    }

    /** Writes what the cases count as now, and the daily sums' changes. */
    public void storeCases(Map<Long, CountedCase> cases, Tally tally) {
        try {
            Connection connection = connection();
            try (var store = connection.prepareStatement("INSERT INTO rep_case (case_id, counted, day, answered,"
                    + " answered_in_time, response_minutes, closed_day, closed_in_time, resolution_minutes) VALUES "
                    + Statements.placeholders(cases.size(), 9)
                    + " ON DUPLICATE KEY UPDATE counted = VALUES(counted), day = VALUES(day),"
                    + " answered = VALUES(answered), answered_in_time = VALUES(answered_in_time),"
                    + " response_minutes = VALUES(response_minutes), closed_day = VALUES(closed_day),"
                    + " closed_in_time = VALUES(closed_in_time), resolution_minutes = VALUES(resolution_minutes)")) {
                int p = 1;
                for (var entry : cases.entrySet()) {
                    CountedCase row = entry.getValue();
                    store.setLong(p++, entry.getKey());
                    store.setBoolean(p++, row.counted());
                    store.setObject(p++, row.day());
                    store.setBoolean(p++, row.answered());
                    store.setBoolean(p++, row.answeredInTime());
                    store.setLong(p++, row.responseMinutes());
                    store.setObject(p++, row.closedDay());
                    store.setBoolean(p++, row.closedInTime());
                    store.setLong(p++, row.resolutionMinutes());
                }
                store.executeUpdate();
            }
            Statements.add(connection, tally, "rep_case_daily", "amount", "day", "measure");
        } catch (SQLException e) {
            throw new IllegalStateException("the cases' figures could not be counted", e);
        }
    }

    /** Writes what the referrals count as now, and the daily sums' changes. */
    public void storeReferrals(Map<Long, CountedReferral> referrals, Tally tally) {
        try {
            Connection connection = connection();
            try (var store = connection.prepareStatement("INSERT INTO rep_referral (referral_id, day, kind,"
                    + " destination, state, outcome) VALUES " + Statements.placeholders(referrals.size(), 6)
                    + " ON DUPLICATE KEY UPDATE day = VALUES(day),"
                    + " kind = VALUES(kind), destination = VALUES(destination), state = VALUES(state),"
                    + " outcome = VALUES(outcome)")) {
                int p = 1;
                for (var entry : referrals.entrySet()) {
                    CountedReferral row = entry.getValue();
                    store.setLong(p++, entry.getKey());
                    store.setObject(p++, row.day());
                    store.setString(p++, row.kind());
                    store.setString(p++, row.destination());
                    store.setString(p++, row.state());
                    store.setString(p++, row.outcome());
                }
                store.executeUpdate();
            }
            Statements.add(
                    connection,
                    tally,
                    "rep_referral_daily",
                    "referrals",
                    "day",
                    "kind",
                    "destination",
                    "state",
                    "outcome");
        } catch (SQLException e) {
            throw new IllegalStateException("the referrals' figures could not be counted", e);
        }
    }

    /** The cases' sums over a period. */
    public Map<CaseMeasure, Long> sums(LocalDate from, LocalDate to) {
        List<?> rows = em.createNativeQuery("SELECT measure, SUM(amount) FROM rep_case_daily WHERE day BETWEEN ? AND ?"
                        + " GROUP BY measure")
                .setParameter(1, from)
                .setParameter(2, to)
                .getResultList();
        var sums = new EnumMap<CaseMeasure, Long>(CaseMeasure.class);
        for (Object r : rows) {
            Object[] row = (Object[]) r;
            sums.put(CaseMeasure.valueOf((String) row[0]), ((Number) row[1]).longValue());
        }
        return sums;
    }

    /** The cases' sums per month (months without any left out). */
    public Map<YearMonth, Map<CaseMeasure, Long>> monthlySums(YearMonth from, YearMonth to) {
        List<?> rows = em.createNativeQuery("SELECT YEAR(day), MONTH(day), measure, SUM(amount) FROM rep_case_daily"
                        + " WHERE day BETWEEN ? AND ? GROUP BY YEAR(day), MONTH(day), measure")
                .setParameter(1, from.atDay(1))
                .setParameter(2, to.atEndOfMonth())
                .getResultList();
        var sums = new TreeMap<YearMonth, Map<CaseMeasure, Long>>();
        for (Object r : rows) {
            Object[] row = (Object[]) r;
            sums.computeIfAbsent(
                            YearMonth.of(((Number) row[0]).intValue(), ((Number) row[1]).intValue()),
                            m -> new EnumMap<>(CaseMeasure.class))
                    .put(CaseMeasure.valueOf((String) row[2]), ((Number) row[3]).longValue());
        }
        return sums;
    }

    /** The referrals sent in a period by kind, state and outcome (in no order). */
    public List<OutcomeCount> outcomes(LocalDate from, LocalDate to) {
        List<?> rows = em.createNativeQuery("SELECT kind, state, outcome, SUM(referrals) FROM rep_referral_daily"
                        + " WHERE day BETWEEN ? AND ? GROUP BY kind, state, outcome HAVING SUM(referrals) > 0")
                .setParameter(1, from)
                .setParameter(2, to)
                .getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(r -> new OutcomeCount(
                        DestinationKind.valueOf((String) r[0]),
                        ReferralState.valueOf((String) r[1]),
                        ((String) r[2]).isEmpty() ? null : ReferralOutcome.valueOf((String) r[2]),
                        ((Number) r[3]).longValue()))
                .toList();
    }

    /** The destinations referred to most in a period. */
    public List<DestinationCount> destinations(LocalDate from, LocalDate to, int limit) {
        List<?> rows = em.createNativeQuery("SELECT kind, destination, SUM(referrals) FROM rep_referral_daily"
                        + " WHERE day BETWEEN ? AND ? GROUP BY kind, destination HAVING SUM(referrals) > 0"
                        + " ORDER BY SUM(referrals) DESC, kind, destination LIMIT ?")
                .setParameter(1, from)
                .setParameter(2, to)
                .setParameter(3, limit)
                .getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(r -> new DestinationCount(
                        DestinationKind.valueOf((String) r[0]), (String) r[1], ((Number) r[2]).longValue()))
                .toList();
    }

    private <R> Map<Long, R> locked(
            String table, String idColumn, String columns, Collection<Long> ids, RowReader<R> reader) {
        try {
            Connection connection = connection();
            try (var make = connection.prepareStatement("INSERT IGNORE INTO " + table + " (" + idColumn + ") VALUES "
                    + Statements.placeholders(ids.size(), 1))) {
                int p = 1;
                for (long id : ids) {
                    make.setLong(p++, id);
                }
                make.executeUpdate();
            }
            var rows = new HashMap<Long, R>();
            try (var lock = connection.prepareStatement("SELECT " + idColumn + ", " + columns + " FROM " + table
                    + " WHERE " + idColumn + " IN (" + Statements.list(ids.size()) + ") FOR UPDATE")) {
                int p = 1;
                for (long id : ids) {
                    lock.setLong(p++, id);
                }
                try (ResultSet result = lock.executeQuery()) {
                    while (result.next()) {
                        rows.put(result.getLong(1), reader.read(result));
                    }
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("the rows of " + table + " could not be locked", e);
        }
    }

    private interface RowReader<R> {
        R read(ResultSet row) throws SQLException;
    }

    private Connection connection() {
        return em.unwrap(Connection.class);
    }
}
