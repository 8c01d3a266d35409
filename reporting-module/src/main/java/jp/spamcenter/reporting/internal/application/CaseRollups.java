package jp.spamcenter.reporting.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import jp.spamcenter.advice.api.AdviceFiguresConsumer;
import jp.spamcenter.advice.api.CaseFigures;
import jp.spamcenter.advice.api.ReferralFigures;
import jp.spamcenter.advice.api.Referrals.DestinationKind;
import jp.spamcenter.advice.api.Referrals.OutcomeCount;
import jp.spamcenter.advice.api.Referrals.ReferralOutcome;
import jp.spamcenter.advice.api.Referrals.ReferralState;
import jp.spamcenter.reporting.api.Statistics.DestinationCount;
import jp.spamcenter.reporting.api.Statistics.MonthService;
import jp.spamcenter.reporting.api.Statistics.ServiceFigures;

/**
 * Keeps the cases' and referrals' rollups from the advice module's figures, handed over after the advisor's
 * transaction committed (a failure here never touches an advisor's work; the advice module tries again): each
 * one's row holds what it counts as now, so a change takes its old figures from the daily sums and adds its new
 * ones. Rows are locked first, so several instances (and a rebuild) may count at
 * once; the same figures twice count once.
 */
@ApplicationScoped
public class CaseRollups implements AdviceFiguresConsumer {

    /** The sums of {@code rep_case_daily}. */
    enum Measure {
        OPENED,
        ANSWERED,
        ANSWERED_IN_TIME,
        RESPONSE_MINUTES,
        CLOSED,
        CLOSED_IN_TIME,
        RESOLUTION_MINUTES,
        CLOSED_ON
    }

    /** Kinds, then states in the order referrals go through them, then outcomes, "none yet" first. */
    private static final Comparator<OutcomeCount> OUTCOME_ORDER = Comparator.comparing(OutcomeCount::kind)
            .thenComparing(OutcomeCount::state)
            .thenComparing(OutcomeCount::outcome, Comparator.nullsFirst(Comparator.naturalOrder()));

    @PersistenceContext(unitName = "reporting")
    EntityManager em;

    /** The name the advice module keeps this consumer's deliveries under. */
    public static final String CONSUMER = "reporting.statistics";

    @Override
    public String name() {
        return CONSUMER;
    }

    @Override
    public void cases(List<CaseFigures> figures) {
        cases(em, figures);
    }

    @Override
    public void referrals(List<ReferralFigures> figures) {
        referrals(em, figures);
    }

    /** Brings the cases' rows and the daily sums in line with their figures. */
    public static void cases(EntityManager em, List<CaseFigures> figures) {
        try {
            cases(em.unwrap(Connection.class), figures);
        } catch (SQLException e) {
            throw new IllegalStateException("the cases' figures could not be counted", e);
        }
    }

    /** Brings the referrals' rows and the daily sums in line with their figures. */
    public static void referrals(EntityManager em, List<ReferralFigures> figures) {
        try {
            referrals(em.unwrap(Connection.class), figures);
        } catch (SQLException e) {
            throw new IllegalStateException("the referrals' figures could not be counted", e);
        }
    }

    /** Makes (empty) and locks the rows of these ids until the transaction ends. */
    static void lock(EntityManager em, String table, String idColumn, List<Long> ids) {
        try {
            locked(em.unwrap(Connection.class), table, idColumn, "NULL", ids, row -> null);
        } catch (SQLException e) {
            throw new IllegalStateException("the rows of " + table + " could not be locked", e);
        }
    }

    static void cases(Connection connection, List<CaseFigures> figures) throws SQLException {
        var next = new LinkedHashMap<Long, CaseRow>();
        figures.forEach(f -> next.put(f.caseId(), CaseRow.of(f)));
        if (next.isEmpty()) {
            return;
        }
        Map<Long, CaseRow> before = locked(
                connection,
                "rep_case",
                "case_id",
                "counted, day, answered, answered_in_time, response_minutes, closed_day, closed_in_time,"
                        + " resolution_minutes",
                next.keySet(),
                CaseRow::read);
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
        try (var store = connection.prepareStatement("INSERT INTO rep_case (case_id, counted, day, answered,"
                + " answered_in_time, response_minutes, closed_day, closed_in_time, resolution_minutes) VALUES "
                + Tally.placeholders(next.size(), 9)
                + " ON DUPLICATE KEY UPDATE counted = VALUES(counted), day = VALUES(day),"
                + " answered = VALUES(answered), answered_in_time = VALUES(answered_in_time),"
                + " response_minutes = VALUES(response_minutes), closed_day = VALUES(closed_day),"
                + " closed_in_time = VALUES(closed_in_time), resolution_minutes = VALUES(resolution_minutes)")) {
            int p = 1;
            for (var entry : next.entrySet()) {
                CaseRow row = entry.getValue();
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
        tally.writeTo(connection, "rep_case_daily", "amount", "day", "measure");
    }

    static void referrals(Connection connection, List<ReferralFigures> figures) throws SQLException {
        var next = new LinkedHashMap<Long, ReferralRow>();
        figures.forEach(f -> next.put(f.referralId(), ReferralRow.of(f)));
        if (next.isEmpty()) {
            return;
        }
        Map<Long, ReferralRow> before = locked(
                connection,
                "rep_referral",
                "referral_id",
                "day, kind, destination, state, outcome",
                next.keySet(),
                ReferralRow::read);
        next.entrySet().removeIf(e -> e.getValue().equals(before.get(e.getKey())));
        if (next.isEmpty()) {
            return;
        }
        var tally = new Tally();
        next.forEach((id, row) -> {
            before.get(id).count(tally, -1);
            row.count(tally, 1);
        });
        try (var store = connection.prepareStatement("INSERT INTO rep_referral (referral_id, day, kind, destination,"
                + " state, outcome) VALUES " + Tally.placeholders(next.size(), 6)
                + " ON DUPLICATE KEY UPDATE day = VALUES(day),"
                + " kind = VALUES(kind), destination = VALUES(destination), state = VALUES(state),"
                + " outcome = VALUES(outcome)")) {
            int p = 1;
            for (var entry : next.entrySet()) {
                ReferralRow row = entry.getValue();
                store.setLong(p++, entry.getKey());
                store.setObject(p++, row.day());
                store.setString(p++, row.kind());
                store.setString(p++, row.destination());
                store.setString(p++, row.state());
                store.setString(p++, row.outcome());
            }
            store.executeUpdate();
        }
        tally.writeTo(connection, "rep_referral_daily", "referrals", "day", "kind", "destination", "state", "outcome");
    }

    /** The rows of these ids as they stand, made (empty) where missing and locked until the transaction ends. */
    private static <R> Map<Long, R> locked(
            Connection connection,
            String table,
            String idColumn,
            String columns,
            java.util.Collection<Long> ids,
            RowReader<R> reader)
            throws SQLException {
        try (var make = connection.prepareStatement(
                "INSERT IGNORE INTO " + table + " (" + idColumn + ") VALUES " + Tally.placeholders(ids.size(), 1))) {
            int p = 1;
            for (long id : ids) {
                make.setLong(p++, id);
            }
            make.executeUpdate();
        }
        var rows = new HashMap<Long, R>();
        try (var lock = connection.prepareStatement("SELECT " + idColumn + ", " + columns + " FROM " + table + " WHERE "
                + idColumn + " IN (" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ") FOR UPDATE")) {
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
    }

    private interface RowReader<R> {
        R read(ResultSet row) throws SQLException;
    }

    /** The day on the center's calendar, or null for a moment that has not come (not answered, not sent). */
    private static LocalDate dayOf(Instant at) {
        return at == null ? null : Rollups.centerDay(at);
    }

    private static LocalDate date(ResultSet row, int column) throws SQLException {
        Date date = row.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    /** What a case counts as. */
    record CaseRow(
            boolean counted,
            LocalDate day,
            boolean answered,
            boolean answeredInTime,
            long responseMinutes,
            LocalDate closedDay,
            boolean closedInTime,
            long resolutionMinutes) {

        static CaseRow of(CaseFigures f) {
            return new CaseRow(
                    !f.merged() && f.openedAt() != null,
                    dayOf(f.openedAt()),
                    f.answered(),
                    f.answeredInTime(),
                    f.responseMinutes(),
                    dayOf(f.closedAt()),
                    f.closedInTime(),
                    f.resolutionMinutes());
        }

        static CaseRow read(ResultSet row) throws SQLException {
            return new CaseRow(
                    row.getBoolean(2),
                    date(row, 3),
                    row.getBoolean(4),
                    row.getBoolean(5),
                    row.getLong(6),
                    date(row, 7),
                    row.getBoolean(8),
                    row.getLong(9));
        }

        void count(Tally tally, int sign) {
            if (!counted) {
                return;
            }
            tally.add(sign, day, Measure.OPENED.name());
            if (answered) {
                tally.add(sign, day, Measure.ANSWERED.name());
                tally.add(sign * responseMinutes, day, Measure.RESPONSE_MINUTES.name());
                tally.add(answeredInTime ? sign : 0, day, Measure.ANSWERED_IN_TIME.name());
            }
            if (closedDay != null) {
                tally.add(sign, day, Measure.CLOSED.name());
                tally.add(sign * resolutionMinutes, day, Measure.RESOLUTION_MINUTES.name());
                tally.add(closedInTime ? sign : 0, day, Measure.CLOSED_IN_TIME.name());
                tally.add(sign, closedDay, Measure.CLOSED_ON.name());
            }
        }
    }

    /** What a referral counts as: once sent, one for its destination, state and outcome on the day it was sent. */
    record ReferralRow(LocalDate day, String kind, String destination, String state, String outcome) {

        static ReferralRow of(ReferralFigures f) {
            String destination = f.destination() == null ? "" : f.destination();
            return new ReferralRow(
                    dayOf(f.sentAt()),
                    f.kind() == null ? null : f.kind().name(),
                    destination.length() > 200 ? destination.substring(0, 200) : destination,
                    f.state() == null ? null : f.state().name(),
                    f.outcome() == null ? "" : f.outcome().name());
        }

        static ReferralRow read(ResultSet row) throws SQLException {
            return new ReferralRow(
                    date(row, 2), row.getString(3), row.getString(4), row.getString(5), row.getString(6));
        }

        void count(Tally tally, int sign) {
            if (day != null && kind != null && state != null) {
                tally.add(sign, day, kind, destination, state, outcome);
            }
        }
    }

    static ServiceFigures service(EntityManager em, LocalDate from, LocalDate to) {
        List<?> rows = em.createNativeQuery("SELECT measure, SUM(amount) FROM rep_case_daily WHERE day BETWEEN ? AND ?"
                        + " GROUP BY measure")
                .setParameter(1, from)
                .setParameter(2, to)
                .getResultList();
        var sums = new EnumMap<Measure, Long>(Measure.class);
        for (Object r : rows) {
            Object[] row = (Object[]) r;
            sums.put(Measure.valueOf((String) row[0]), ((Number) row[1]).longValue());
        }
        return figures(sums::get);
    }

    static List<MonthService> monthlyService(EntityManager em, YearMonth from, YearMonth to) {
        List<?> rows = em.createNativeQuery("SELECT YEAR(day), MONTH(day), measure, SUM(amount) FROM rep_case_daily"
                        + " WHERE day BETWEEN ? AND ? GROUP BY YEAR(day), MONTH(day), measure")
                .setParameter(1, from.atDay(1))
                .setParameter(2, to.atEndOfMonth())
                .getResultList();
        var sums = new TreeMap<YearMonth, Map<Measure, Long>>();
        for (Object r : rows) {
            Object[] row = (Object[]) r;
            sums.computeIfAbsent(
                            YearMonth.of(((Number) row[0]).intValue(), ((Number) row[1]).intValue()),
                            m -> new EnumMap<>(Measure.class))
                    .put(Measure.valueOf((String) row[2]), ((Number) row[3]).longValue());
        }
        var months = new ArrayList<MonthService>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(new MonthService(m, figures(sums.getOrDefault(m, Map.of())::get)));
        }
        return months;
    }

    private static ServiceFigures figures(Function<Measure, Long> sums) {
        Function<Measure, Long> sum = m -> sums.apply(m) == null ? 0L : sums.apply(m);
        return new ServiceFigures(
                sum.apply(Measure.OPENED),
                sum.apply(Measure.ANSWERED),
                sum.apply(Measure.ANSWERED_IN_TIME),
                sum.apply(Measure.RESPONSE_MINUTES),
                sum.apply(Measure.CLOSED),
                sum.apply(Measure.CLOSED_IN_TIME),
                sum.apply(Measure.RESOLUTION_MINUTES),
                sum.apply(Measure.CLOSED_ON));
    }

    static List<OutcomeCount> outcomes(EntityManager em, LocalDate from, LocalDate to) {
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
                .sorted(OUTCOME_ORDER)
                .toList();
    }

    static List<DestinationCount> destinations(EntityManager em, LocalDate from, LocalDate to, int limit) {
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
}
