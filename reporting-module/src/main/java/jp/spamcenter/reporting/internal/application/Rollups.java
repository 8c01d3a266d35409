package jp.spamcenter.reporting.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import jp.spamcenter.complaint.api.ComplaintAnalysed;
import jp.spamcenter.complaint.api.ComplaintReceived;
import jp.spamcenter.complaint.api.ReportFacts;
import jp.spamcenter.reporting.api.ComplaintStatistics;
import jp.spamcenter.reporting.api.PrefectureCount;
import jp.spamcenter.reporting.api.Statistics;

/**
 * Keeps the facts of each report and the daily rollups from the complaint module's events, in the transaction
 * that delivers them (so a report is counted exactly when its delivery commits), and answers from the rollups.
 * A re-analysis that changes a report's category, origin, duties or campaign moves its count from the old value
 * to the new one. Several instances may count at once: the report's row is locked, the counters are updated in
 * single statements.
 */
@ApplicationScoped
public class Rollups implements Statistics, ComplaintStatistics {

    /** Statistics follow the center's calendar. */
    public static final ZoneId CENTER_ZONE = ZoneId.of("Asia/Tokyo");

    @PersistenceContext(unitName = "reporting")
    EntityManager em;

    public Rollups() {}

    /** Outside the container (benchmarks, tools): on the given entity manager. */
    public Rollups(EntityManager em) {
        this.em = em;
    }

    void onReceived(@Observes ComplaintReceived event) {
        received(em, event);
    }

    void onAnalysed(@Observes ComplaintAnalysed event) {
        analysed(em, event);
    }

    /** The facts a report's arrival tells. */
    static void received(EntityManager em, ComplaintReceived e) {
        LocalDate day = e.receivedAt().atZone(CENTER_ZONE).toLocalDate();
        Facts before = locked(em, e.complaintId(), day);
        if (before.received) {
            return;
        }
        em.createNativeQuery("UPDATE rep_complaint SET received = TRUE, receipt_number = ?, channel = ?, intake = ?,"
                        + " prefecture_code = ? WHERE complaint_id = ?")
                .setParameter(1, e.receiptNumber())
                .setParameter(2, e.channel())
                .setParameter(3, e.intake())
                .setParameter(4, e.prefectureCode())
                .setParameter(5, e.complaintId())
                .executeUpdate();
        add(em, Dimension.TOTAL, before.day, "", 1);
        add(em, Dimension.CHANNEL, before.day, e.channel() == null ? "" : e.channel(), 1);
        add(em, Dimension.INTAKE, before.day, e.intake() == null ? "" : e.intake(), 1);
        if (e.prefectureCode() != null) {
            add(em, Dimension.PREFECTURE, before.day, e.prefectureCode(), 1);
        }
        if (before.category == null && e.category() != null) {
            // before any analysis event: the category the report arrived with
            analysedFacts(
                    em,
                    before,
                    new Facts(before.day, true, e.category(), before.country, e.campaignKey(), before.duties));
        }
    }

    /**
     * Brings a report's counts in line with its stored facts, as its events would have: used by the rebuild.
     * A report already counted (by its events, during the rebuild) is left as it is where it agrees.
     */
    static void sync(EntityManager em, ReportFacts.Fact fact) {
        received(
                em,
                new ComplaintReceived(
                        fact.complaintId(),
                        fact.receiptNumber(),
                        null,
                        fact.prefectureCode(),
                        fact.receivedAt(),
                        fact.category(),
                        fact.campaignKey(),
                        true,
                        fact.channel(),
                        fact.intake()));
        if (fact.analysed()) {
            analysed(
                    em,
                    new ComplaintAnalysed(
                            fact.complaintId(),
                            fact.receivedAt(),
                            fact.category(),
                            fact.originCountry(),
                            fact.campaignKey(),
                            fact.violatedDuties(),
                            null));
        }
    }

    /** The facts an analysis tells; what changed moves from the old value's count to the new one's. */
    static void analysed(EntityManager em, ComplaintAnalysed e) {
        LocalDate day = e.receivedAt().atZone(CENTER_ZONE).toLocalDate();
        Facts before = locked(em, e.complaintId(), day);
        analysedFacts(
                em,
                before,
                new Facts(
                        before.day,
                        before.received,
                        e.category(),
                        e.originCountry() == null ? "" : e.originCountry(),
                        e.campaignKey(),
                        new LinkedHashSet<>(e.violatedDuties())));
        em.createNativeQuery("UPDATE rep_complaint SET category = ?, origin_country = ?, campaign_key = ?, duties = ?"
                        + " WHERE complaint_id = ?")
                .setParameter(1, e.category())
                .setParameter(2, e.originCountry() == null ? "" : e.originCountry())
                .setParameter(3, e.campaignKey())
                .setParameter(4, String.join(" ", e.violatedDuties()))
                .setParameter(5, e.complaintId())
                .executeUpdate();
    }

    private static void analysedFacts(EntityManager em, Facts before, Facts after) {
        move(em, Dimension.CATEGORY, before.day, before.category, after.category);
        move(em, Dimension.COUNTRY, before.day, before.country, after.country);
        move(em, Dimension.CAMPAIGN, before.day, before.campaign, after.campaign);
        for (String gone : before.duties) {
            if (!after.duties.contains(gone)) {
                add(em, Dimension.DUTY, before.day, gone, -1);
            }
        }
        for (String added : after.duties) {
            if (!before.duties.contains(added)) {
                add(em, Dimension.DUTY, before.day, added, 1);
            }
        }
        if (before.category == null && after.category != null) {
            em.createNativeQuery("UPDATE rep_complaint SET category = ?, campaign_key = ? WHERE complaint_id = ?"
                            + " AND category IS NULL")
                    .setParameter(1, after.category)
                    .setParameter(2, after.campaign)
                    .setParameter(3, before.complaintId)
                    .executeUpdate();
        }
    }

    private static void move(EntityManager em, Dimension dimension, LocalDate day, String from, String to) {
        if (Objects.equals(from, to)) {
            return;
        }
        if (from != null) {
            add(em, dimension, day, from, -1);
        }
        if (to != null) {
            add(em, dimension, day, to, 1);
        }
    }

    private static void add(EntityManager em, Dimension dimension, LocalDate day, String value, long by) {
        em.createNativeQuery("INSERT INTO rep_daily (dimension, day, value, complaints) VALUES (?, ?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE complaints = complaints + VALUES(complaints)")
                .setParameter(1, dimension.name())
                .setParameter(2, day)
                .setParameter(3, value)
                .setParameter(4, by)
                .executeUpdate();
    }

    /** What a report counts as now; its row made and locked first. */
    private static Facts locked(EntityManager em, long complaintId, LocalDate day) {
        em.createNativeQuery("INSERT IGNORE INTO rep_complaint (complaint_id, day) VALUES (?, ?)")
                .setParameter(1, complaintId)
                .setParameter(2, day)
                .executeUpdate();
        Object[] row = (Object[]) em.createNativeQuery("SELECT day, received, category, origin_country, campaign_key,"
                        + " duties FROM rep_complaint WHERE complaint_id = ? FOR UPDATE")
                .setParameter(1, complaintId)
                .getSingleResult();
        String duties = (String) row[5];
        return new Facts(
                complaintId,
                toLocalDate(row[0]),
                row[1] instanceof Boolean b ? b : ((Number) row[1]).intValue() != 0,
                (String) row[2],
                (String) row[3],
                (String) row[4],
                duties == null || duties.isBlank()
                        ? new LinkedHashSet<>()
                        : new LinkedHashSet<>(Arrays.asList(duties.split(" "))));
    }

    private static LocalDate toLocalDate(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    /** A report as the rollups count it. */
    private record Facts(
            long complaintId,
            LocalDate day,
            boolean received,
            String category,
            String country,
            String campaign,
            Set<String> duties) {

        Facts(LocalDate day, boolean received, String category, String country, String campaign, Set<String> duties) {
            this(0, day, received, category, country, campaign, duties);
        }
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Count> breakdown(Dimension dimension, LocalDate from, LocalDate to, int limit) {
        return breakdown(em, dimension, from, to, limit);
    }

    static List<Count> breakdown(EntityManager em, Dimension dimension, LocalDate from, LocalDate to, int limit) {
        List<?> rows = em.createNativeQuery("SELECT value, SUM(complaints) FROM rep_daily WHERE dimension = ?"
                        + " AND day BETWEEN ? AND ? GROUP BY value HAVING SUM(complaints) > 0"
                        + " ORDER BY SUM(complaints) DESC, value LIMIT ?")
                .setParameter(1, dimension.name())
                .setParameter(2, from)
                .setParameter(3, to)
                .setParameter(4, limit)
                .getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(r -> new Count((String) r[0], ((Number) r[1]).longValue()))
                .toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MonthCount> monthly(Dimension dimension, String value, YearMonth from, YearMonth to) {
        return monthly(em, dimension, value, from, to);
    }

    static List<MonthCount> monthly(EntityManager em, Dimension dimension, String value, YearMonth from, YearMonth to) {
        List<?> rows = em.createNativeQuery("SELECT YEAR(day), MONTH(day), SUM(complaints) FROM rep_daily"
                        + " WHERE dimension = ? AND value = ? AND day BETWEEN ? AND ?"
                        + " GROUP BY YEAR(day), MONTH(day)")
                .setParameter(1, dimension.name())
                .setParameter(2, value == null ? "" : value)
                .setParameter(3, from.atDay(1))
                .setParameter(4, to.atEndOfMonth())
                .getResultList();
        Map<YearMonth, Long> counts = new HashMap<>();
        for (Object r : rows) {
            Object[] row = (Object[]) r;
            counts.put(
                    YearMonth.of(((Number) row[0]).intValue(), ((Number) row[1]).intValue()),
                    ((Number) row[2]).longValue());
        }
        var months = new ArrayList<MonthCount>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(new MonthCount(m, counts.getOrDefault(m, 0L)));
        }
        return months;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MonthValueCount> monthlyBreakdown(Dimension dimension, YearMonth from, YearMonth to, int limit) {
        var top = breakdown(em, dimension, from.atDay(1), to.atEndOfMonth(), limit).stream()
                .map(Count::value)
                .toList();
        List<?> rows = em.createNativeQuery("SELECT YEAR(day), MONTH(day), value, SUM(complaints) FROM rep_daily"
                        + " WHERE dimension = ? AND day BETWEEN ? AND ? GROUP BY YEAR(day), MONTH(day), value")
                .setParameter(1, dimension.name())
                .setParameter(2, from.atDay(1))
                .setParameter(3, to.atEndOfMonth())
                .getResultList();
        Map<String, Long> summed = new java.util.TreeMap<>();
        for (Object r : rows) {
            Object[] row = (Object[]) r;
            YearMonth month = YearMonth.of(((Number) row[0]).intValue(), ((Number) row[1]).intValue());
            String value = top.contains((String) row[2]) ? (String) row[2] : "*";
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
    public List<Rising> risingCampaigns(LocalDate day, int limit) {
        List<?> rows = em.createNativeQuery("SELECT value, this_week, week_before FROM (SELECT value,"
                        + " SUM(CASE WHEN day > ? THEN complaints ELSE 0 END) AS this_week,"
                        + " SUM(CASE WHEN day <= ? THEN complaints ELSE 0 END) AS week_before"
                        + " FROM rep_daily WHERE dimension = 'CAMPAIGN' AND day BETWEEN ? AND ? GROUP BY value) w"
                        + " WHERE this_week > 0 ORDER BY this_week - week_before DESC, this_week DESC, value LIMIT ?")
                .setParameter(1, day.minusDays(7))
                .setParameter(2, day.minusDays(7))
                .setParameter(3, day.minusDays(13))
                .setParameter(4, day)
                .setParameter(5, limit)
                .getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(r -> new Rising((String) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).longValue()))
                .toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReportRef> reports(
            Dimension dimension, String value, LocalDate from, LocalDate to, int offset, int limit) {
        String column = switch (dimension) {
            case TOTAL -> null;
            case CHANNEL -> "channel";
            case INTAKE -> "intake";
            case PREFECTURE -> "prefecture_code";
            case CATEGORY -> "category";
            case COUNTRY -> "origin_country";
            case CAMPAIGN -> "campaign_key";
            case DUTY -> "duties";
        };
        String condition = column == null
                ? ""
                : dimension == Dimension.DUTY ? " AND CONCAT(' ', duties, ' ') LIKE ?" : " AND " + column + " = ?";
        var query = em.createNativeQuery("SELECT complaint_id, receipt_number, day, channel, prefecture_code, category,"
                        + " origin_country FROM rep_complaint WHERE received AND day BETWEEN ? AND ?" + condition
                        + " ORDER BY day DESC, complaint_id DESC LIMIT ? OFFSET ?")
                .setParameter(1, from)
                .setParameter(2, to);
        int next = 3;
        if (column != null) {
            query.setParameter(next++, dimension == Dimension.DUTY ? "% " + value + " %" : value);
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
    public List<PrefectureCount> countsByPrefecture(LocalDate from, LocalDate to) {
        return breakdown(em, Dimension.PREFECTURE, from, to, 100).stream()
                .map(c -> new PrefectureCount(c.value(), c.complaints()))
                .toList();
    }
}
