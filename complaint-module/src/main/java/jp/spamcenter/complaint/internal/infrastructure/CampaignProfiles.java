package jp.spamcenter.complaint.internal.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.spamcenter.complaint.api.Campaigns;

/**
 * Describes campaigns from their reports: three grouped reads over the campaign index, whatever the number of
 * keys asked for (a dashboard asks for ten).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CampaignProfiles implements Campaigns {

    @PersistenceContext(unitName = "complaint")
    EntityManager em;

    @Override
    public Map<String, Campaign> describe(Collection<String> keys) {
        return describe(em, keys);
    }

    /** On the given entity manager (tests, tools). */
    public static Map<String, Campaign> describe(EntityManager em, Collection<String> keys) {
        List<String> wanted =
                keys.stream().filter(k -> k != null && !k.isBlank()).distinct().toList();
        if (wanted.isEmpty()) {
            return Map.of();
        }
        Map<String, String> subjects = commonest(em, "c.subject", wanted);
        Map<String, String> domains = commonest(em, "a.sender_domain", wanted);
        var campaigns = new LinkedHashMap<String, Campaign>();
        for (Object r : withKeys(
                        em.createNativeQuery("SELECT a.campaign_key, MIN(c.received_at), MAX(c.received_at), COUNT(*)"
                                + " FROM cmp_analysis a JOIN cmp_complaint c ON c.id = a.complaint_id"
                                + " WHERE a.campaign_key IN " + placeholders(wanted)
                                + " GROUP BY a.campaign_key ORDER BY a.campaign_key"),
                        wanted)
                .getResultList()) {
            Object[] row = (Object[]) r;
            String key = (String) row[0];
            campaigns.put(
                    key,
                    new Campaign(
                            key,
                            subjects.get(key),
                            domains.get(key),
                            instant(row[1]),
                            instant(row[2]),
                            ((Number) row[3]).longValue()));
        }
        return campaigns;
    }

    /** Per campaign, the value of {@code column} most of its reports have (ties: the smallest); none when empty. */
    private static Map<String, String> commonest(EntityManager em, String column, List<String> keys) {
        var commonest = new HashMap<String, String>();
        for (Object r : withKeys(
                        em.createNativeQuery("SELECT a.campaign_key, " + column + ", COUNT(*) AS n"
                                + " FROM cmp_analysis a JOIN cmp_complaint c ON c.id = a.complaint_id"
                                + " WHERE a.campaign_key IN " + placeholders(keys)
                                + " AND " + column + " IS NOT NULL AND " + column + " <> ''"
                                + " GROUP BY a.campaign_key, " + column
                                + " ORDER BY a.campaign_key, n DESC, " + column),
                        keys)
                .getResultList()) {
            Object[] row = (Object[]) r;
            commonest.putIfAbsent((String) row[0], (String) row[1]);
        }
        return commonest;
    }

    private static String placeholders(List<String> keys) {
        var list = new StringBuilder("(");
        for (int i = 1; i <= keys.size(); i++) {
            list.append(i > 1 ? ", ?" : "?").append(i);
        }
        return list.append(')').toString();
    }

    private static jakarta.persistence.Query withKeys(jakarta.persistence.Query query, List<String> keys) {
        for (int i = 0; i < keys.size(); i++) {
            query.setParameter(i + 1, keys.get(i));
        }
        return query;
    }

    /** A stored time, kept in UTC without a zone (as {@code InstantAttribute} writes it), as an instant. */
    private static Instant instant(Object value) {
        LocalDateTime utc = value instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
        return utc.toInstant(ZoneOffset.UTC);
    }
}
