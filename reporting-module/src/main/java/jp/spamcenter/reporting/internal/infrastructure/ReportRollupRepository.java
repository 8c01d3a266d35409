package jp.spamcenter.reporting.internal.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import jp.spamcenter.reporting.api.Statistics.Count;
import jp.spamcenter.reporting.api.Statistics.Dimension;
import jp.spamcenter.reporting.api.Statistics.Filter;
import jp.spamcenter.reporting.api.Statistics.ReportRef;
import jp.spamcenter.reporting.api.Statistics.Rising;
import jp.spamcenter.reporting.internal.domain.CountedReport;
import jp.spamcenter.reporting.internal.domain.Tally;

/**
 * The reports' read model: {@code rep_complaint} (what each report counts as) and {@code rep_daily} (the counts
 * per slice, dimension, day and value). Writes go through plain JDBC on the transaction's connection, in
 * multi-row statements: the provider's native queries slow down with thousands of parameters, the driver does not.
 */
@ApplicationScoped
public class ReportRollupRepository {

    @PersistenceContext(unitName = "reporting")
    EntityManager em;

    public ReportRollupRepository() {}

    /** Outside the container (tests, tools): on the given entity manager. */
    public ReportRollupRepository(EntityManager em) {
        this.em = em;
    }

    /** One month's count of a value. */
    public record MonthSum(YearMonth month, String value, long complaints) {}

    /**
     * What the reports count as now; their rows made (where new, on the given day) and locked first, in id order,
     * until the transaction ends.
     */
    public Map<Long, CountedReport> lock(SortedMap<Long, LocalDate> days) {
        try {
            Connection connection = connection();
            make(connection, days);
            var facts = new HashMap<Long, CountedReport>();
            try (var select = connection.prepareStatement("SELECT complaint_id, day, received, channel, intake,"
                    + " prefecture_code, category, origin_country, campaign_key, duties, brand, sms_sender_kind"
                    + " FROM rep_complaint"
                    + " WHERE complaint_id IN (" + Statements.list(days.size()) + ")"
                    + " ORDER BY complaint_id FOR UPDATE")) {
                int p = 1;
                for (long id : days.keySet()) {
                    select.setLong(p++, id);
                }
                try (var rows = select.executeQuery()) {
                    while (rows.next()) {
                        String duties = rows.getString(10);
                        facts.put(
                                rows.getLong(1),
                                new CountedReport(
                                        rows.getLong(1),
                                        rows.getDate(2).toLocalDate(),
                                        rows.getBoolean(3),
                                        rows.getString(4),
                                        rows.getString(5),
                                        rows.getString(6),
                                        rows.getString(7),
                                        rows.getString(8),
                                        rows.getString(9),
                                        duties == null || duties.isBlank()
                                                ? new LinkedHashSet<>()
                                                : new LinkedHashSet<>(Arrays.asList(duties.split(" "))),
                                        rows.getString(11),
                                        rows.getString(12)));
                    }
                }
            }
            return facts;
        } catch (SQLException e) {
            throw failed("the rows of " + days.size() + " report(s) could not be locked", e);
        }
    }

    /**
     * The reports of these ids no event has told of yet (their rows made where new, and locked until the
     * transaction ends); those an event touched are left out.
     */
    public Set<Long> lockUntold(SortedMap<Long, LocalDate> days) {
        try {
            Connection connection = connection();
            make(connection, days);
            var untold = new HashSet<Long>();
            try (var lock = connection.prepareStatement(
                    "SELECT complaint_id FROM rep_complaint WHERE complaint_id IN ("
                            + Statements.list(days.size())
                            + ") AND NOT received AND category IS NULL AND origin_country IS NULL AND duties = '' FOR UPDATE")) {
                int p = 1;
                for (long id : days.keySet()) {
                    lock.setLong(p++, id);
                }
                try (var rows = lock.executeQuery()) {
                    while (rows.next()) {
                        untold.add(rows.getLong(1));
                    }
                }
            }
            return untold;
        } catch (SQLException e) {
            throw failed("the rows of " + days.size() + " report(s) could not be locked", e);
        }
    }

    private static void make(Connection connection, SortedMap<Long, LocalDate> days) throws SQLException {
        try (var make = connection.prepareStatement("INSERT IGNORE INTO rep_complaint (complaint_id, day) VALUES "
                + Statements.placeholders(days.size(), 2))) {
            int p = 1;
            for (var day : days.entrySet()) {
                make.setLong(p++, day.getKey());
                make.setObject(p++, day.getValue());
            }
            make.executeUpdate();
        }
    }

    /**
     * Writes the reports' new facts in one statement (and their receipt numbers, where known), then adds the
     * counters' changes in another.
     */
    public void store(List<CountedReport> changed, Map<Long, String> receipts, Tally tally) {
        try {
            Connection connection = connection();
            if (!changed.isEmpty()) {
                try (var upsert = connection.prepareStatement("INSERT INTO rep_complaint (complaint_id, day,"
                        + " receipt_number, received, channel, intake, prefecture_code, category, origin_country,"
                        + " campaign_key, duties, brand, sms_sender_kind) VALUES "
                        + Statements.placeholders(changed.size(), 13)
                        + " ON DUPLICATE KEY UPDATE receipt_number = COALESCE(VALUES(receipt_number), receipt_number),"
                        + " received = VALUES(received), channel = VALUES(channel), intake = VALUES(intake),"
                        + " prefecture_code = VALUES(prefecture_code), category = VALUES(category),"
                        + " origin_country = VALUES(origin_country), campaign_key = VALUES(campaign_key),"
                        + " duties = VALUES(duties), brand = VALUES(brand),"
                        + " sms_sender_kind = VALUES(sms_sender_kind)")) {
                    int p = 1;
                    for (CountedReport f : changed) {
                        upsert.setLong(p++, f.complaintId());
                        upsert.setObject(p++, f.day());
                        upsert.setString(p++, receipts.get(f.complaintId()));
                        upsert.setBoolean(p++, f.received());
                        upsert.setString(p++, f.channel());
                        upsert.setString(p++, f.intake());
                        upsert.setString(p++, f.prefecture());
                        upsert.setString(p++, f.category());
                        upsert.setString(p++, f.country());
                        upsert.setString(p++, f.campaign());
                        upsert.setString(p++, String.join(" ", f.duties()));
                        upsert.setString(p++, f.brand());
                        upsert.setString(p++, f.smsSender());
                    }
                    upsert.executeUpdate();
                }
            }
            Statements.add(connection, tally, "rep_daily", "complaints", "slice", "dimension", "day", "value");
        } catch (SQLException e) {
            throw failed("the rollups of " + changed.size() + " report(s) could not be kept", e);
        }
    }

    /** The values of a dimension within a slice and period, most counted first. */
    public List<Count> breakdown(String slice, Dimension dimension, LocalDate from, LocalDate to, int limit) {
        List<?> rows = em.createNativeQuery("SELECT value, SUM(complaints) FROM rep_daily WHERE slice = ?"
                        + " AND dimension = ? AND day BETWEEN ? AND ? GROUP BY value HAVING SUM(complaints) > 0"
                        + " ORDER BY SUM(complaints) DESC, value LIMIT ?")
                .setParameter(1, slice)
                .setParameter(2, dimension.name())
                .setParameter(3, from)
                .setParameter(4, to)
                .setParameter(5, limit)
                .getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(r -> new Count((String) r[0], ((Number) r[1]).longValue()))
                .toList();
    }

    /** One value's count per month (months without reports left out). */
    public List<MonthSum> monthly(String slice, Dimension dimension, String value, YearMonth from, YearMonth to) {
        List<?> rows = em.createNativeQuery("SELECT YEAR(day), MONTH(day), SUM(complaints) FROM rep_daily"
                        + " WHERE slice = ? AND dimension = ? AND value = ? AND day BETWEEN ? AND ?"
                        + " GROUP BY YEAR(day), MONTH(day)")
                .setParameter(1, slice)
                .setParameter(2, dimension.name())
                .setParameter(3, value)
                .setParameter(4, from.atDay(1))
                .setParameter(5, to.atEndOfMonth())
                .getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(r -> new MonthSum(month(r[0], r[1]), value, ((Number) r[2]).longValue()))
                .toList();
    }

    /** Every value's count per month (months without reports left out). */
    public List<MonthSum> monthlyByValue(String slice, Dimension dimension, YearMonth from, YearMonth to) {
        List<?> rows = em.createNativeQuery("SELECT YEAR(day), MONTH(day), value, SUM(complaints) FROM rep_daily"
                        + " WHERE slice = ? AND dimension = ? AND day BETWEEN ? AND ?"
                        + " GROUP BY YEAR(day), MONTH(day), value")
                .setParameter(1, slice)
                .setParameter(2, dimension.name())
                .setParameter(3, from.atDay(1))
                .setParameter(4, to.atEndOfMonth())
                .getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(r -> new MonthSum(month(r[0], r[1]), (String) r[2], ((Number) r[3]).longValue()))
                .toList();
    }

    /** The campaigns of the week to {@code day}, those that grew most against the week before first. */
    public List<Rising> risingCampaigns(String slice, LocalDate day, int limit) {
        List<?> rows = em.createNativeQuery("SELECT value, this_week, week_before FROM (SELECT value,"
                        + " SUM(CASE WHEN day > ? THEN complaints ELSE 0 END) AS this_week,"
                        + " SUM(CASE WHEN day <= ? THEN complaints ELSE 0 END) AS week_before"
                        + " FROM rep_daily WHERE slice = ? AND dimension = 'CAMPAIGN' AND day BETWEEN ? AND ?"
                        + " GROUP BY value) w WHERE this_week > 0"
                        + " ORDER BY this_week - week_before DESC, this_week DESC, value LIMIT ?")
                .setParameter(1, day.minusDays(7))
                .setParameter(2, day.minusDays(7))
                .setParameter(3, slice)
                .setParameter(4, day.minusDays(13))
                .setParameter(5, day)
                .setParameter(6, limit)
                .getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(r -> new Rising((String) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).longValue()))
                .toList();
    }

    /** The reports behind a figure: a value of a dimension within a filter and period, newest first. */
    public List<ReportRef> reports(
            Filter filter, Dimension dimension, String value, LocalDate from, LocalDate to, int offset, int limit) {
        var conditions = new StringBuilder();
        var values = new ArrayList<Object>();
        for (var condition :
                List.of(new Condition(dimension, value), new Condition(filter.dimension(), filter.value()))) {
            Dimension d = condition.dimension();
            if (d == null || d == Dimension.TOTAL) {
                continue;
            }
            if (d == Dimension.DUTY) {
                conditions.append(" AND CONCAT(' ', duties, ' ') LIKE ?");
                values.add("% " + condition.value() + " %");
            } else {
                conditions.append(" AND ").append(column(d)).append(" = ?");
                values.add(condition.value());
            }
        }
        var query = em.createNativeQuery("SELECT complaint_id, receipt_number, day, channel, prefecture_code, category,"
                        + " origin_country FROM rep_complaint WHERE received AND day BETWEEN ? AND ?" + conditions
                        + " ORDER BY day DESC, complaint_id DESC LIMIT ? OFFSET ?")
                .setParameter(1, from)
                .setParameter(2, to);
        int next = 3;
        for (Object v : values) {
            query.setParameter(next++, v);
        }
        query.setParameter(next++, limit);
        query.setParameter(next, offset);
        List<?> rows = query.getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(r -> new ReportRef(
                        ((Number) r[0]).longValue(),
                        (String) r[1],
                        r[2] instanceof Date date ? date.toLocalDate() : (LocalDate) r[2],
                        (String) r[3],
                        (String) r[4],
                        (String) r[5],
                        (String) r[6]))
                .toList();
    }

    private record Condition(Dimension dimension, String value) {}

    private static String column(Dimension dimension) {
        return switch (dimension) {
            case TOTAL -> null;
            case CHANNEL -> "channel";
            case INTAKE -> "intake";
            case PREFECTURE -> "prefecture_code";
            case CATEGORY -> "category";
            case COUNTRY -> "origin_country";
            case CAMPAIGN -> "campaign_key";
            case DUTY -> "duties";
            case BRAND -> "brand";
            case SMS_SENDER -> "sms_sender_kind";
        };
    }

    private static YearMonth month(Object year, Object month) {
        return YearMonth.of(((Number) year).intValue(), ((Number) month).intValue());
    }

    private Connection connection() {
        return em.unwrap(Connection.class);
    }

    private static IllegalStateException failed(String what, SQLException e) {
        return new IllegalStateException(what, e);
    }
}
