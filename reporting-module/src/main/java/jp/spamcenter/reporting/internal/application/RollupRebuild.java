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
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import jp.spamcenter.complaint.api.ReportFacts;
import jp.spamcenter.reporting.api.StatisticsRebuild;

/**
 * Rebuilds the rollups: both tables are emptied at once (locked together, so that no event's count falls between
 * them), then every stored report is counted again in slices, by any instance, as {@link RebuildSteps} runs
 * them. Emptying runs outside any transaction: {@code TRUNCATE} commits on its own. An event that arrives meanwhile counts its report; the slice that reaches it later finds it counted.
 */
@ApplicationScoped
public class RollupRebuild implements StatisticsRebuild {

    /** Reports counted per transaction. */
    static final int SLICE = 2_000;

    @PersistenceContext(unitName = "reporting")
    EntityManager em;

    @Inject
    ReportFacts facts;

    @Resource(lookup = "java:app/jdbc/spamcenter")
    DataSource dataSource;

    @Override
    public Progress start(String by) {
        Optional<Progress> running = latest().filter(Progress::running);
        if (running.isPresent()) {
            return running.get();
        }
        long total = facts.count();
        try (Connection connection = dataSource.getConnection()) {
            empty(connection);
            try (var insert = connection.prepareStatement(
                    "INSERT INTO rep_rebuild (started_at, started_by, total) VALUES (?, ?, ?)")) {
                insert.setObject(
                        1, LocalDateTime.ofInstant(Instant.now().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
                insert.setString(2, by);
                insert.setLong(3, total);
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the rollups could not be emptied for the rebuild", e);
        }
        return latest().orElseThrow();
    }

    /** Empties both tables while holding both: events wait, then count into the empty tables. */
    static void empty(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("LOCK TABLES rep_complaint WRITE, rep_daily WRITE");
            try {
                sql.execute("TRUNCATE TABLE rep_complaint");
                sql.execute("TRUNCATE TABLE rep_daily");
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
    static boolean step(EntityManager em, ReportFacts facts, Instant now) {
        List<?> rows = em.createNativeQuery("SELECT id, last_id FROM rep_rebuild WHERE finished_at IS NULL"
                        + " ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED")
                .getResultList();
        if (rows.isEmpty()) {
            return false;
        }
        Object[] row = (Object[]) rows.get(0);
        long id = ((Number) row[0]).longValue();
        long lastId = ((Number) row[1]).longValue();
        List<ReportFacts.Fact> slice = facts.after(lastId, SLICE);
        if (slice.isEmpty()) {
            em.createNativeQuery("UPDATE rep_rebuild SET finished_at = ? WHERE id = ?")
                    .setParameter(1, LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                    .setParameter(2, id)
                    .executeUpdate();
            return false;
        }
        countSlice(em, slice);
        em.createNativeQuery("UPDATE rep_rebuild SET last_id = ?, done = done + ? WHERE id = ?")
                .setParameter(1, slice.get(slice.size() - 1).complaintId())
                .setParameter(2, slice.size())
                .setParameter(3, id)
                .executeUpdate();
        return true;
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
        try (var make = connection.prepareStatement("INSERT IGNORE INTO rep_complaint (complaint_id, day) VALUES "
                + String.join(",", java.util.Collections.nCopies(slice.size(), "(?, ?)")))) {
            int p = 1;
            for (var fact : slice) {
                make.setLong(p++, fact.complaintId());
                make.setObject(p++, day(fact));
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
        var counts = new java.util.LinkedHashMap<List<Object>, Long>();
        try (var facts = connection.prepareStatement("INSERT INTO rep_complaint (complaint_id, receipt_number, day,"
                + " received, channel, intake, prefecture_code, category, origin_country, campaign_key, duties) VALUES "
                + String.join(",", java.util.Collections.nCopies(fresh.size(), "(?, ?, ?, TRUE, ?, ?, ?, ?, ?, ?, ?)"))
                + " ON DUPLICATE KEY UPDATE receipt_number = VALUES(receipt_number), received = TRUE,"
                + " channel = VALUES(channel), intake = VALUES(intake), prefecture_code = VALUES(prefecture_code),"
                + " category = VALUES(category), origin_country = VALUES(origin_country),"
                + " campaign_key = VALUES(campaign_key), duties = VALUES(duties)")) {
            int p = 1;
            for (var fact : fresh) {
                LocalDate day = day(fact);
                facts.setLong(p++, fact.complaintId());
                facts.setString(p++, fact.receiptNumber());
                facts.setObject(p++, day);
                facts.setString(p++, fact.channel());
                facts.setString(p++, fact.intake());
                facts.setString(p++, fact.prefectureCode());
                facts.setString(p++, fact.category());
                facts.setString(p++, fact.originCountry());
                facts.setString(p++, fact.campaignKey());
                facts.setString(p++, String.join(" ", fact.violatedDuties()));
                count(counts, "TOTAL", day, "");
                count(counts, "CHANNEL", day, fact.channel() == null ? "" : fact.channel());
                count(counts, "INTAKE", day, fact.intake() == null ? "" : fact.intake());
                if (fact.prefectureCode() != null) {
                    count(counts, "PREFECTURE", day, fact.prefectureCode());
                }
                if (fact.category() != null) {
                    count(counts, "CATEGORY", day, fact.category());
                }
                if (fact.originCountry() != null) {
                    count(counts, "COUNTRY", day, fact.originCountry());
                }
                if (fact.campaignKey() != null) {
                    count(counts, "CAMPAIGN", day, fact.campaignKey());
                }
                for (String duty : fact.violatedDuties()) {
                    count(counts, "DUTY", day, duty);
                }
            }
            facts.executeUpdate();
        }
        try (var add = connection.prepareStatement("INSERT INTO rep_daily (dimension, day, value, complaints) VALUES "
                + String.join(",", java.util.Collections.nCopies(counts.size(), "(?, ?, ?, ?)"))
                + " ON DUPLICATE KEY UPDATE complaints = complaints + VALUES(complaints)")) {
            int p = 1;
            for (var entry : counts.entrySet()) {
                add.setString(p++, (String) entry.getKey().get(0));
                add.setObject(p++, entry.getKey().get(1));
                add.setString(p++, (String) entry.getKey().get(2));
                add.setLong(p++, entry.getValue());
            }
            add.executeUpdate();
        }
    }

    private static void count(Map<List<Object>, Long> counts, String dimension, LocalDate day, String value) {
        counts.merge(List.of(dimension, day, value), 1L, Long::sum);
    }

    private static LocalDate day(ReportFacts.Fact fact) {
        return fact.receivedAt().atZone(Rollups.CENTER_ZONE).toLocalDate();
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        LocalDateTime local = value instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
        return local.toInstant(ZoneOffset.UTC);
    }
}
