package jp.spamcenter.complaint.internal.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import jp.spamcenter.complaint.api.AbuseReports.CountryCount;
import jp.spamcenter.complaint.api.ComplaintId;
import jp.spamcenter.complaint.internal.domain.Complaint;
import jp.spamcenter.complaint.internal.domain.StoredAnalysis;

/** The reports, their messages and their analyses: the queries the application's steps need. */
@ApplicationScoped
public class ComplaintRepository {

    @PersistenceContext(unitName = "complaint")
    EntityManager em;

    /** The transaction's connection, shared with JPA's work by the container: for batches of reports. */
    @Resource(lookup = "java:app/jdbc/spamcenter")
    DataSource dataSource;

    public ComplaintRepository() {}

    /** Outside the container (tests, tools): on the given entity manager. */
    public ComplaintRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Stores a batch of reports with their messages, contacts (null where none) and analysis jobs in a few
     * multi-row statements on the transaction's connection; their ids, in the batch's order.
     */
    public List<Long> storeBatch(
            List<Complaint> complaints,
            List<byte[]> messages,
            List<String> sha256s,
            List<String> contacts,
            Instant now) {
        try (Connection connection = dataSource.getConnection()) {
            var insert = new BulkInsert(connection);
            List<Long> ids = insert.complaints(complaints);
            var raws = new ArrayList<BulkInsert.Raw>(ids.size());
            for (int i = 0; i < ids.size(); i++) {
                raws.add(new BulkInsert.Raw(ids.get(i), messages.get(i), sha256s.get(i), null));
            }
            insert.rawMessages(raws);
            insert.contacts(ids, contacts);
            insert.analysisJobs(ids, now);
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("the reports could not be stored: " + e.getMessage(), e);
        }
    }

    /** A stored message's size and SHA-256 (hex). */
    public record Original(long size, String sha256) {}

    /**
     * Reads the reports of a batch, their analyses and their messages in one query per table: the reports and
     * analyses stay in the persistence context (finds are then answered from memory); the messages' bytes by id
     * (a description has none).
     */
    public Map<Long, byte[]> loadForAnalysis(List<Long> ids) {
        em.createNamedQuery("Complaint.byIds", Complaint.class)
                .setParameter("ids", ids)
                .getResultList();
        em.createNamedQuery("StoredAnalysis.byComplaintIds", StoredAnalysis.class)
                .setParameter("ids", ids)
                .getResultList();
        Map<Long, byte[]> messages = new HashMap<>();
        em.createNamedQuery("RawMessage.contents", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> messages.put((Long) row[0], (byte[]) row[1]));
        return messages;
    }

    public Optional<Complaint> byReceiptNumber(String number) {
        return em
                .createNamedQuery("Complaint.byReceiptNumber", Complaint.class)
                .setParameter("n", number)
                .getResultList()
                .stream()
                .findFirst();
    }

    public boolean receiptNumberTaken(String number) {
        return em.createNamedQuery("Complaint.countByReceiptNumber", Long.class)
                        .setParameter("n", number)
                        .getSingleResult()
                > 0;
    }

    /** The report that brought the same message before: the same bytes, or the same Message-ID. */
    public Optional<Long> earlierReport(String sha256, String messageId) {
        return em
                .createNamedQuery("RawMessage.earlier", Long.class)
                .setParameter("sha", sha256)
                .setParameter("id", messageId)
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst();
    }

    public Optional<Original> original(ComplaintId id) {
        return em.createNamedQuery("RawMessage.original", Object[].class)
                .setParameter("id", id.value())
                .getResultStream()
                .findFirst()
                .map(row -> new Original(((Number) row[0]).longValue(), (String) row[1]));
    }

    /** Reports received in a period by origin country (UTC bounds), most first. */
    public List<CountryCount> originCountries(LocalDateTime from, LocalDateTime toExclusive) {
        List<?> rows = em.createNativeQuery("SELECT a.origin_country, COUNT(*) FROM cmp_analysis a"
                        + " JOIN cmp_complaint c ON c.id = a.complaint_id"
                        + " WHERE c.received_at >= ? AND c.received_at < ? AND a.origin_country IS NOT NULL"
                        + " GROUP BY a.origin_country ORDER BY COUNT(*) DESC, a.origin_country")
                .setParameter(1, from)
                .setParameter(2, toExclusive)
                .getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(row -> new CountryCount((String) row[0], ((Number) row[1]).longValue()))
                .toList();
    }

    /** The reports with a stored message from a country in a period (UTC bounds), after an id, in id order. */
    public List<ComplaintId> withMessageFromCountry(
            String country, LocalDateTime from, LocalDateTime toExclusive, long afterId, int limit) {
        List<?> ids = em.createNativeQuery("SELECT c.id FROM cmp_analysis a"
                        + " JOIN cmp_complaint c ON c.id = a.complaint_id"
                        + " JOIN cmp_raw_message m ON m.complaint_id = c.id"
                        + " WHERE a.origin_country = ? AND c.received_at >= ? AND c.received_at < ? AND c.id > ?"
                        + " ORDER BY c.id LIMIT ?")
                .setParameter(1, country)
                .setParameter(2, from)
                .setParameter(3, toExclusive)
                .setParameter(4, afterId)
                .setParameter(5, limit)
                .getResultList();
        return ids.stream()
                .map(id -> new ComplaintId(((Number) id).longValue()))
                .toList();
    }
}
