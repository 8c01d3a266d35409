package jp.spamcenter.complaint.internal.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.spamcenter.complaint.api.ReportFacts;

/** Reads the facts of stored reports in id order, one indexed range at a time. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportFactReading implements ReportFacts {

    /** The display duties behind the analysis's flag columns, in the rule book's codes. */
    private static final String[] DUTIES = {
        "SENDER_NAME", "OPT_OUT_NOTICE", "OPT_OUT_ADDRESS", "POSTAL_ADDRESS", "CONTACT", "TRUE_SENDER_INFO"
    };

    @PersistenceContext(unitName = "complaint")
    EntityManager em;

    @Override
    public List<Fact> after(long afterId, int limit) {
        return after(em, afterId, limit);
    }

    /** Outside the container too (benchmarks, tools): on the given entity manager. */
    public static List<Fact> after(EntityManager em, long afterId, int limit) {
        return facts(em.createNativeQuery(SELECT + " WHERE c.id > ? ORDER BY c.id LIMIT ?")
                .setParameter(1, afterId)
                .setParameter(2, limit)
                .getResultList());
    }

    @Override
    public List<Fact> receivedBetween(Instant from, Instant until, long afterId, int limit) {
        return facts(em.createNativeQuery(
                        SELECT + " WHERE c.received_at >= ? AND c.received_at < ? AND c.id > ? ORDER BY c.id LIMIT ?")
                .setParameter(1, LocalDateTime.ofInstant(from, ZoneOffset.UTC))
                .setParameter(2, LocalDateTime.ofInstant(until, ZoneOffset.UTC))
                .setParameter(3, afterId)
                .setParameter(4, limit)
                .getResultList());
    }

    @Override
    public Optional<Instant> firstReceivedAt() {
        Object first = em.createNativeQuery("SELECT MIN(received_at) FROM cmp_complaint")
                .getSingleResult();
        return Optional.ofNullable(first).map(ReportFactReading::utc);
    }

    /** The facts' columns, a report's first analysis job (when still waiting for it) joined. */
    private static final String SELECT = "SELECT c.id, c.receipt_number, c.received_at, c.prefecture_code,"
            + " c.channel, c.intake, a.complaint_id IS NOT NULL, a.category, a.origin_country, a.campaign_key,"
            + " a.lacks_sender_name, a.lacks_opt_out_notice, a.lacks_opt_out_address,"
            + " a.lacks_postal_address, a.lacks_contact, a.sender_falsified,"
            + " j.complaint_id IS NOT NULL AND j.quarantined_at IS NULL, a.brand, c.sms_sender_kind"
            + " FROM cmp_complaint c LEFT JOIN cmp_analysis a ON a.complaint_id = c.id"
            + " LEFT JOIN cmp_analysis_job j ON j.complaint_id = c.id AND j.priority = " + AnalysisJobs.NEW_REPORT;

    private static List<Fact> facts(List<?> rows) {
        var facts = new ArrayList<Fact>(rows.size());
        for (Object r : rows) {
            Object[] row = (Object[]) r;
            boolean analysed = truth(row[6]);
            var duties = new ArrayList<String>();
            if (analysed) {
                for (int i = 0; i < DUTIES.length; i++) {
                    if (truth(row[10 + i])) {
                        duties.add(DUTIES[i]);
                    }
                }
            }
            facts.add(new Fact(
                    ((Number) row[0]).longValue(),
                    (String) row[1],
                    utc(row[2]),
                    (String) row[3],
                    (String) row[4],
                    (String) row[5],
                    analysed,
                    analysed ? (String) row[7] : null,
                    analysed ? (row[8] == null ? "" : (String) row[8]) : null,
                    analysed ? (String) row[9] : null,
                    List.copyOf(duties),
                    !analysed && truth(row[16]),
                    analysed ? (String) row[17] : null,
                    (String) row[18]));
        }
        return facts;
    }

    @Override
    public long count() {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM cmp_complaint")
                        .getSingleResult())
                .longValue();
    }

    private static boolean truth(Object value) {
        return value instanceof Boolean b ? b : value != null && ((Number) value).intValue() != 0;
    }

    private static Instant utc(Object value) {
        LocalDateTime local = value instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
        return local.toInstant(ZoneOffset.UTC);
    }
}
