package jp.spamcenter.complaint.internal.infrastructure;

import jakarta.persistence.EntityManager;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.spamcenter.complaint.api.AnalysisResult;
import jp.spamcenter.complaint.api.PhishingUrls;
import jp.spamcenter.complaint.internal.analysis.MessageAnalyzer;

/** {@code cmp_phishing_url}: the links of phishing reports, written with each analysis, read by period. */
public final class PhishingUrlStore {

    /** A report's links kept at most. */
    static final int MAX_PER_REPORT = 50;

    static final int MAX_URL = 2000;

    private final EntityManager em;

    public PhishingUrlStore(EntityManager em) {
        this.em = em;
    }

    /** A report's analysis whose links are to be kept; {@code again} after a re-analysis. */
    public record Analysed(long complaintId, Instant receivedAt, AnalysisResult result, boolean again) {}

    /** Keeps a report's links if its analysis found phishing (see {@link #keepAll}). */
    public void keep(long complaintId, Instant receivedAt, AnalysisResult result, boolean again) {
        keepAll(List.of(new Analysed(complaintId, receivedAt, result, again)));
    }

    /**
     * Keeps the links of the reports whose analysis found phishing; after a re-analysis they replace those of the
     * one before. A batch's links go in a few multi-row statements on the transaction's connection: through JPA a
     * native statement first writes what the persistence context holds (one per report wrote a batch of analyses
     * report by report), and EclipseLink binds positional parameters in quadratic time (a batch's 2,000 of them
     * cost more than the analyses).
     */
    public void keepAll(List<Analysed> analysed) {
        List<Long> again = analysed.stream()
                .filter(Analysed::again)
                .map(Analysed::complaintId)
                .toList();
        var rows = new ArrayList<Object[]>();
        for (Analysed a : analysed) {
            AnalysisResult result = a.result();
            if (result.category() == null
                    || !"PHISHING".equals(result.category().code())
                    || result.indicators() == null) {
                continue;
            }
            Map<String, String[]> links = new LinkedHashMap<>();
            for (String url : result.indicators().urls()) {
                kept(url)
                        .ifPresent(k -> links.putIfAbsent(
                                MessageAnalyzer.sha256(k[0].getBytes(java.nio.charset.StandardCharsets.UTF_8)), k));
                if (links.size() >= MAX_PER_REPORT) {
                    break;
                }
            }
            LocalDateTime at = LocalDateTime.ofInstant(a.receivedAt(), ZoneOffset.UTC);
            for (var e : links.entrySet()) {
                rows.add(new Object[] {a.complaintId(), e.getKey(), e.getValue()[0], e.getValue()[1], at});
            }
        }
        if (again.isEmpty() && rows.isEmpty()) {
            return;
        }
        java.sql.Connection connection = em.unwrap(java.sql.Connection.class);
        try {
            if (!again.isEmpty()) {
                try (var delete = connection.prepareStatement("DELETE FROM cmp_phishing_url WHERE complaint_id IN ("
                        + String.join(", ", java.util.Collections.nCopies(again.size(), "?")) + ")")) {
                    for (int p = 0; p < again.size(); p++) {
                        delete.setLong(p + 1, again.get(p));
                    }
                    delete.executeUpdate();
                }
            }
            for (int from = 0; from < rows.size(); from += ROWS) {
                var slice = rows.subList(from, Math.min(rows.size(), from + ROWS));
                try (var insert = connection.prepareStatement(
                        "INSERT IGNORE INTO cmp_phishing_url (complaint_id, url_hash, url, host, received_at) VALUES "
                                + String.join(", ", java.util.Collections.nCopies(slice.size(), "(?, ?, ?, ?, ?)")))) {
                    int p = 1;
                    for (Object[] row : slice) {
                        for (Object value : row) {
                            insert.setObject(p++, value);
                        }
                    }
                    insert.executeUpdate();
                }
            }
        } catch (java.sql.SQLException e) {
            throw new jakarta.persistence.PersistenceException("keeping the phishing links failed", e);
        }
    }

    /** Rows per multi-row insert: well inside MariaDB's limit of placeholders and the 96 KB packets. */
    private static final int ROWS = 200;

    /** The link as kept (scheme, host and path, lower-case scheme and host) and its host; empty if unreadable. */
    static java.util.Optional<String[]> kept(String url) {
        try {
            URI uri = URI.create(url.strip().replace(" ", "%20"));
            String scheme = uri.getScheme() == null ? "http" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost();
            if (host == null || host.isEmpty()) {
                return java.util.Optional.empty();
            }
            host = host.toLowerCase(Locale.ROOT);
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
            String kept = scheme + "://" + host + port + path;
            if (kept.length() > MAX_URL) {
                kept = kept.substring(0, MAX_URL);
            }
            return java.util.Optional.of(new String[] {kept, host.length() > 253 ? host.substring(0, 253) : host});
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    public PhishingUrls.Counts counts(Instant from, Instant until) {
        return counts(from, until, PhishingUrls.Scope.ALL);
    }

    /**
     * The phishing reports of the period in the scope, and their distinct links and hosts. A scope of another
     * category than phishing has none.
     */
    public PhishingUrls.Counts counts(Instant from, Instant until, PhishingUrls.Scope scope) {
        if (scope.category() != null && !scope.category().equals("PHISHING")) {
            return new PhishingUrls.Counts(0, 0, 0);
        }
        var where = new StringBuilder();
        var values = new ArrayList<Object>();
        if (scope.channel() != null) {
            where.append(" AND c.channel = ?");
            values.add(scope.channel().name());
        }
        if (scope.originCountry() != null) {
            if (scope.originCountry().isEmpty()) {
                where.append(" AND a.origin_country IS NULL");
            } else {
                where.append(" AND a.origin_country = ?");
                values.add(scope.originCountry());
            }
        }
        boolean scoped = where.length() > 0;
        var links = em.createNativeQuery("SELECT COUNT(DISTINCT u.url_hash), COUNT(DISTINCT u.host)"
                + " FROM cmp_phishing_url u"
                + (scoped
                        ? " JOIN cmp_complaint c ON c.id = u.complaint_id"
                                + " JOIN cmp_analysis a ON a.complaint_id = u.complaint_id"
                        : "")
                + " WHERE u.received_at >= ? AND u.received_at < ?" + where);
        var reports = em.createNativeQuery("SELECT COUNT(*) FROM cmp_analysis a JOIN cmp_complaint c"
                + " ON c.id = a.complaint_id WHERE a.category = 'PHISHING' AND c.received_at >= ?"
                + " AND c.received_at < ?" + where);
        for (var query : List.of(links, reports)) {
            query.setParameter(1, LocalDateTime.ofInstant(from, ZoneOffset.UTC));
            query.setParameter(2, LocalDateTime.ofInstant(until, ZoneOffset.UTC));
            for (int v = 0; v < values.size(); v++) {
                query.setParameter(3 + v, values.get(v));
            }
        }
        Object[] row = (Object[]) links.getSingleResult();
        return new PhishingUrls.Counts(
                ((Number) reports.getSingleResult()).longValue(),
                ((Number) row[0]).longValue(),
                ((Number) row[1]).longValue());
    }

    public List<PhishingUrls.Link> links(Instant from, Instant until, int limit) {
        List<?> rows = em.createNativeQuery("SELECT MIN(url), MIN(host), COUNT(*), MIN(received_at), MAX(received_at)"
                        + " FROM cmp_phishing_url WHERE received_at >= ? AND received_at < ?"
                        + " GROUP BY url_hash ORDER BY COUNT(*) DESC, MIN(url) LIMIT ?")
                .setParameter(1, LocalDateTime.ofInstant(from, ZoneOffset.UTC))
                .setParameter(2, LocalDateTime.ofInstant(until, ZoneOffset.UTC))
                .setParameter(3, limit)
                .getResultList();
        var links = new ArrayList<PhishingUrls.Link>(rows.size());
        for (Object r : rows) {
            Object[] row = (Object[]) r;
            links.add(new PhishingUrls.Link(
                    PhishingUrls.defang((String) row[0]),
                    ((String) row[1]).replace(".", "[.]"),
                    ((Number) row[2]).longValue(),
                    utc(row[3]),
                    utc(row[4])));
        }
        return links;
    }

    private static Instant utc(Object value) {
        if (value instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        return ((LocalDateTime) value).toInstant(ZoneOffset.UTC);
    }
}
