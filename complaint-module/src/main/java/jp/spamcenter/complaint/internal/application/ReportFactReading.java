package jp.spamcenter.complaint.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
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
        List<?> rows = em.createNativeQuery(
                        "SELECT c.id, c.receipt_number, c.received_at, c.prefecture_code, c.channel,"
                                + " c.intake, a.complaint_id IS NOT NULL, a.category, a.origin_country, a.campaign_key,"
                                + " a.lacks_sender_name, a.lacks_opt_out_notice, a.lacks_opt_out_address,"
                                + " a.lacks_postal_address, a.lacks_contact, a.sender_falsified"
                                + " FROM cmp_complaint c LEFT JOIN cmp_analysis a ON a.complaint_id = c.id"
                                + " WHERE c.id > ? ORDER BY c.id LIMIT ?")
                .setParameter(1, afterId)
                .setParameter(2, limit)
                .getResultList();
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
                    List.copyOf(duties)));
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

    private static java.time.Instant utc(Object value) {
        LocalDateTime local = value instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
        return local.toInstant(ZoneOffset.UTC);
    }
}
