package jp.spamcenter.reporting.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import jp.spamcenter.advice.api.Referrals.OutcomeCount;
import jp.spamcenter.complaint.api.CenterTime;
import jp.spamcenter.complaint.api.Channel;
import jp.spamcenter.complaint.api.ComplaintAnalysed;
import jp.spamcenter.complaint.api.ComplaintEvent;
import jp.spamcenter.complaint.api.ComplaintEventConsumer;
import jp.spamcenter.complaint.api.ComplaintReceived;
import jp.spamcenter.complaint.api.Intake;
import jp.spamcenter.complaint.api.ReportFacts;
import jp.spamcenter.reporting.api.Statistics;

/**
 * Keeps the facts of each report and the daily rollups from the complaint module's events, a batch at a time in
 * the transaction that delivers them (so a report is counted exactly when its delivery commits), and answers from
 * the rollups. A re-analysis that changes a report's category, origin, duties or campaign moves its count from the
 * old value to the new one. Several instances may count at once: the reports' rows are locked in id order, the
 * counters are updated in one statement in key order.
 */
@ApplicationScoped
public class Rollups implements Statistics, ComplaintEventConsumer {

    /** Statistics follow the center's calendar. */
    @PersistenceContext(unitName = "reporting")
    EntityManager em;

    public Rollups() {}

    /** Outside the container (benchmarks, tools): on the given entity manager. */
    public Rollups(EntityManager em) {
        this.em = em;
    }

    @Override
    public String name() {
        return CONSUMER;
    }

    /** The name the complaint module's outbox keeps this consumer's deliveries under. */
    public static final String CONSUMER = "reporting.statistics";

    @Override
    public void consume(List<ComplaintEvent> events) {
        count(em.unwrap(Connection.class), events);
    }

    /** The facts a report's arrival tells; from then on it is counted. */
    static void received(EntityManager em, ComplaintReceived e) {
        count(em.unwrap(Connection.class), List.of(e));
    }

    /** The facts an analysis tells; what changed moves from the old values' counts to the new ones'. */
    static void analysed(EntityManager em, ComplaintAnalysed e) {
        count(em.unwrap(Connection.class), List.of(e));
    }

    /**
     * Brings a report's counts in line with its stored facts, as its events would have: used by the rebuild.
     * A report already counted (by its events, during the rebuild) is left as it is where it agrees.
     */
    static void sync(EntityManager em, ReportFacts.Fact fact) {
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
                fact.intake() == null ? null : Intake.valueOf(fact.intake())));
        if (fact.analysed()) {
            events.add(new ComplaintAnalysed(
                    fact.complaintId(),
                    fact.receivedAt(),
                    fact.category(),
                    fact.originCountry(),
                    fact.campaignKey(),
                    fact.violatedDuties(),
                    null));
        }
        count(em.unwrap(Connection.class), events);
    }

    /**
     * Counts a batch of events in a few statements: the reports' rows are made and locked in id order, the events
     * applied to their facts in memory, the changed facts written in one statement and the rollups' changes summed
     * and written in another, in key order. Concurrent batches lock in the same order and never deadlock; the
     * rollups' rows stay locked only from that last statement to the commit.
     */
    static void count(Connection connection, List<ComplaintEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        var days = new TreeMap<Long, LocalDate>();
        for (ComplaintEvent event : events) {
            days.putIfAbsent(event.complaintId(), centerDay(receivedAt(event)));
        }
        try {
            Map<Long, Facts> before = locked(connection, days);
            var after = new HashMap<>(before);
            var receipts = new HashMap<Long, String>();
            for (ComplaintEvent event : events) {
                after.put(event.complaintId(), after.get(event.complaintId()).with(event));
                if (event instanceof ComplaintReceived r) {
                    receipts.put(r.complaintId(), r.receiptNumber());
                }
            }
            var changed = new ArrayList<Facts>();
            var tally = new Tally();
            for (long id : days.keySet()) {
                Facts old = before.get(id);
                Facts now = after.get(id);
                if (!now.equals(old) || receipts.containsKey(id)) {
                    changed.add(now);
                    old.count(tally, -1);
                    now.count(tally, 1);
                }
            }
            store(connection, changed, receipts);
            tally.writeTo(connection, "rep_daily", "complaints", "slice", "dimension", "day", "value");
        } catch (SQLException e) {
            throw new IllegalStateException("the rollups of " + days.size() + " report(s) could not be kept", e);
        }
    }

    private static Instant receivedAt(ComplaintEvent event) {
        return event instanceof ComplaintReceived r ? r.receivedAt() : ((ComplaintAnalysed) event).receivedAt();
    }

    /** What the reports count as now; their rows made (where new) and locked first, in id order. */
    private static Map<Long, Facts> locked(Connection connection, TreeMap<Long, LocalDate> days) throws SQLException {
        try (var make = connection.prepareStatement(
                "INSERT IGNORE INTO rep_complaint (complaint_id, day) VALUES " + Tally.placeholders(days.size(), 2))) {
            int p = 1;
            for (var day : days.entrySet()) {
                make.setLong(p++, day.getKey());
                make.setObject(p++, day.getValue());
            }
            make.executeUpdate();
        }
        var facts = new HashMap<Long, Facts>();
        try (var select = connection.prepareStatement("SELECT complaint_id, day, received, channel, intake,"
                + " prefecture_code, category, origin_country, campaign_key, duties FROM rep_complaint"
                + " WHERE complaint_id IN (" + String.join(",", Collections.nCopies(days.size(), "?")) + ")"
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
                            new Facts(
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
                                            : new LinkedHashSet<>(Arrays.asList(duties.split(" ")))));
                }
            }
        }
        return facts;
    }

    /** Writes the reports' new facts in one statement (and their receipt numbers, where an event told them). */
    private static void store(Connection connection, List<Facts> changed, Map<Long, String> receipts)
            throws SQLException {
        if (changed.isEmpty()) {
            return;
        }
        try (var upsert = connection.prepareStatement("INSERT INTO rep_complaint (complaint_id, day, receipt_number,"
                + " received, channel, intake, prefecture_code, category, origin_country, campaign_key, duties) VALUES "
                + Tally.placeholders(changed.size(), 11)
                + " ON DUPLICATE KEY UPDATE receipt_number = COALESCE(VALUES(receipt_number), receipt_number),"
                + " received = VALUES(received), channel = VALUES(channel), intake = VALUES(intake),"
                + " prefecture_code = VALUES(prefecture_code), category = VALUES(category),"
                + " origin_country = VALUES(origin_country), campaign_key = VALUES(campaign_key),"
                + " duties = VALUES(duties)")) {
            int p = 1;
            for (Facts f : changed) {
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
            }
            upsert.executeUpdate();
        }
    }

    static LocalDate centerDay(Instant at) {
        return at.atZone(CenterTime.ZONE).toLocalDate();
    }

    private static LocalDate toLocalDate(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    /**
     * A report as the rollups count it: nothing until its arrival was told ({@code received}); then one in the
     * total and in each of its values, for all reports (slice "") and again within each filter it falls in
     * (its channel, its category, its origin country), under the {@link Filter#key} of each.
     */
    record Facts(
            long complaintId,
            LocalDate day,
            boolean received,
            String channel,
            String intake,
            String prefecture,
            String category,
            String country,
            String campaign,
            Set<String> duties) {

        /** The facts once the event is told: its arrival counts the report, an analysis sets what it found. */
        Facts with(ComplaintEvent event) {
            if (event instanceof ComplaintReceived e) {
                return received
                        ? this
                        : new Facts(
                                complaintId,
                                day,
                                true,
                                e.channel() == null ? null : e.channel().name(),
                                e.intake() == null ? null : e.intake().name(),
                                e.prefectureCode(),
                                // before any analysis event: the category and campaign the report arrived with
                                category == null ? e.category() : category,
                                country,
                                category == null ? e.campaignKey() : campaign,
                                duties);
            }
            var e = (ComplaintAnalysed) event;
            return new Facts(
                    complaintId,
                    day,
                    received,
                    channel,
                    intake,
                    prefecture,
                    e.category(),
                    e.originCountry() == null ? "" : e.originCountry(),
                    e.campaignKey(),
                    new LinkedHashSet<>(e.violatedDuties()));
        }

        static Facts of(ReportFacts.Fact fact) {
            return new Facts(
                    fact.complaintId(),
                    centerDay(fact.receivedAt()),
                    true,
                    fact.channel(),
                    fact.intake(),
                    fact.prefectureCode(),
                    fact.category(),
                    fact.analysed() && fact.originCountry() == null ? "" : fact.originCountry(),
                    fact.campaignKey(),
                    new LinkedHashSet<>(fact.violatedDuties()));
        }

        void count(Tally tally, int sign) {
            if (!received) {
                return;
            }
            var values = new ArrayList<Object[]>();
            values.add(new Object[] {Dimension.TOTAL, ""});
            values.add(new Object[] {Dimension.CHANNEL, channel == null ? "" : channel});
            values.add(new Object[] {Dimension.INTAKE, intake == null ? "" : intake});
            if (prefecture != null) {
                values.add(new Object[] {Dimension.PREFECTURE, prefecture});
            }
            if (category != null) {
                values.add(new Object[] {Dimension.CATEGORY, category});
            }
            if (country != null) {
                values.add(new Object[] {Dimension.COUNTRY, country});
            }
            if (campaign != null) {
                values.add(new Object[] {Dimension.CAMPAIGN, campaign});
            }
            for (String duty : duties) {
                values.add(new Object[] {Dimension.DUTY, duty});
            }
            var slices = new ArrayList<Filter>();
            slices.add(Filter.NONE);
            if (channel != null) {
                slices.add(new Filter(Dimension.CHANNEL, channel));
            }
            if (category != null) {
                slices.add(new Filter(Dimension.CATEGORY, category));
            }
            if (country != null) {
                slices.add(new Filter(Dimension.COUNTRY, country));
            }
            for (Filter slice : slices) {
                for (Object[] value : values) {
                    if (value[0] != slice.dimension()) {
                        tally.add(sign, slice.key(), ((Dimension) value[0]).name(), day, value[1]);
                    }
                }
            }
        }
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Count> breakdown(Filter filter, Dimension dimension, LocalDate from, LocalDate to, int limit) {
        return breakdown(em, filter, dimension, from, to, limit);
    }

    static List<Count> breakdown(EntityManager em, Dimension dimension, LocalDate from, LocalDate to, int limit) {
        return breakdown(em, Filter.NONE, dimension, from, to, limit);
    }

    static List<Count> breakdown(
            EntityManager em, Filter filter, Dimension dimension, LocalDate from, LocalDate to, int limit) {
        if (dimension == filter.dimension()) {
            // the filter's own dimension has its one value: the filter's total
            return breakdown(em, filter, Dimension.TOTAL, from, to, 1).stream()
                    .map(c -> new Count(filter.value(), c.complaints()))
                    .toList();
        }
        List<?> rows = em.createNativeQuery("SELECT value, SUM(complaints) FROM rep_daily WHERE slice = ?"
                        + " AND dimension = ? AND day BETWEEN ? AND ? GROUP BY value HAVING SUM(complaints) > 0"
                        + " ORDER BY SUM(complaints) DESC, value LIMIT ?")
                .setParameter(1, filter.key())
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

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MonthCount> monthly(Filter filter, Dimension dimension, String value, YearMonth from, YearMonth to) {
        return monthly(em, filter, dimension, value, from, to);
    }

    static List<MonthCount> monthly(EntityManager em, Dimension dimension, String value, YearMonth from, YearMonth to) {
        return monthly(em, Filter.NONE, dimension, value, from, to);
    }

    static List<MonthCount> monthly(
            EntityManager em, Filter filter, Dimension dimension, String value, YearMonth from, YearMonth to) {
        boolean own = dimension == filter.dimension();
        List<?> rows = em.createNativeQuery("SELECT YEAR(day), MONTH(day), SUM(complaints) FROM rep_daily"
                        + " WHERE slice = ? AND dimension = ? AND value = ? AND day BETWEEN ? AND ?"
                        + " GROUP BY YEAR(day), MONTH(day)")
                .setParameter(1, filter.key())
                .setParameter(2, own ? Dimension.TOTAL.name() : dimension.name())
                .setParameter(3, own ? "" : value == null ? "" : value)
                .setParameter(4, from.atDay(1))
                .setParameter(5, to.atEndOfMonth())
                .getResultList();
        Map<YearMonth, Long> counts = new HashMap<>();
        if (!own || filter.value().equals(value)) {
            for (Object r : rows) {
                Object[] row = (Object[]) r;
                counts.put(
                        YearMonth.of(((Number) row[0]).intValue(), ((Number) row[1]).intValue()),
                        ((Number) row[2]).longValue());
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
        var top = breakdown(em, filter, dimension, from.atDay(1), to.atEndOfMonth(), limit).stream()
                .map(Count::value)
                .toList();
        boolean own = dimension == filter.dimension();
        List<?> rows = em.createNativeQuery("SELECT YEAR(day), MONTH(day), value, SUM(complaints) FROM rep_daily"
                        + " WHERE slice = ? AND dimension = ? AND day BETWEEN ? AND ?"
                        + " GROUP BY YEAR(day), MONTH(day), value")
                .setParameter(1, filter.key())
                .setParameter(2, own ? Dimension.TOTAL.name() : dimension.name())
                .setParameter(3, from.atDay(1))
                .setParameter(4, to.atEndOfMonth())
                .getResultList();
        Map<String, Long> summed = new java.util.TreeMap<>();
        for (Object r : rows) {
            Object[] row = (Object[]) r;
            YearMonth month = YearMonth.of(((Number) row[0]).intValue(), ((Number) row[1]).intValue());
            String rowValue = own ? filter.value() : (String) row[2];
            String value = top.contains(rowValue) ? rowValue : "*";
            summed.merge(month + "\t" + value, ((Number) row[3]).longValue(), Long::sum);
        }
        return summed.entrySet().stream()
                .map(e -> {
                    String[] key = e.getKey().split("\t", 2);
                    return new MonthValueCount(YearMonth.parse(key[0]), key[1], e.getValue());
                })
                .toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Rising> risingCampaigns(Filter filter, LocalDate day, int limit) {
        List<?> rows = em.createNativeQuery("SELECT value, this_week, week_before FROM (SELECT value,"
                        + " SUM(CASE WHEN day > ? THEN complaints ELSE 0 END) AS this_week,"
                        + " SUM(CASE WHEN day <= ? THEN complaints ELSE 0 END) AS week_before"
                        + " FROM rep_daily WHERE slice = ? AND dimension = 'CAMPAIGN' AND day BETWEEN ? AND ?"
                        + " GROUP BY value) w WHERE this_week > 0"
                        + " ORDER BY this_week - week_before DESC, this_week DESC, value LIMIT ?")
                .setParameter(1, day.minusDays(7))
                .setParameter(2, day.minusDays(7))
                .setParameter(3, filter.key())
                .setParameter(4, day.minusDays(13))
                .setParameter(5, day)
                .setParameter(6, limit)
                .getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(r -> new Rising((String) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).longValue()))
                .toList();
    }

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
        };
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReportRef> reports(
            Filter filter, Dimension dimension, String value, LocalDate from, LocalDate to, int offset, int limit) {
        var conditions = new StringBuilder();
        var values = new ArrayList<Object>();
        for (var condition :
                List.of(new Object[] {dimension, value}, new Object[] {filter.dimension(), filter.value()})) {
            Dimension d = (Dimension) condition[0];
            if (d == null || d == Dimension.TOTAL) {
                continue;
            }
            if (d == Dimension.DUTY) {
                conditions.append(" AND CONCAT(' ', duties, ' ') LIKE ?");
                values.add("% " + condition[1] + " %");
            } else {
                conditions.append(" AND ").append(column(d)).append(" = ?");
                values.add(condition[1]);
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
                        toLocalDate(r[2]),
                        (String) r[3],
                        (String) r[4],
                        (String) r[5],
                        (String) r[6]))
                .toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public ServiceFigures service(LocalDate from, LocalDate to) {
        return CaseRollups.service(em, from, to);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MonthService> monthlyService(YearMonth from, YearMonth to) {
        return CaseRollups.monthlyService(em, from, to);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OutcomeCount> referralOutcomes(LocalDate from, LocalDate to) {
        return CaseRollups.outcomes(em, from, to);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DestinationCount> referralDestinations(LocalDate from, LocalDate to, int limit) {
        return CaseRollups.destinations(em, from, to, limit);
    }
}
