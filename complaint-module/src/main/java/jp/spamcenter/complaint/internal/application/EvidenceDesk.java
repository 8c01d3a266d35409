package jp.spamcenter.complaint.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.spamcenter.complaint.api.AnalysisResult;
import jp.spamcenter.complaint.api.ComplaintEvidence;
import jp.spamcenter.complaint.api.ComplaintId;
import jp.spamcenter.complaint.internal.domain.Complaint;
import jp.spamcenter.complaint.internal.domain.ComplaintContact;
import jp.spamcenter.complaint.internal.domain.RawMessage;
import jp.spamcenter.complaint.internal.domain.StoredAnalysis;

/** Shows advisors a report's evidence and writes each read to the access log in the same transaction. */
@ApplicationScoped
@Transactional
public class EvidenceDesk implements ComplaintEvidence {

    /** The center's clock (one for the application; tests set the time). */
    @Inject
    Clock clock;

    private static final Logger LOG = Logger.getLogger(EvidenceDesk.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext(unitName = "complaint")
    EntityManager em;

    @Override
    public Optional<Evidence> evidence(ComplaintId id, String readBy) {
        Complaint complaint = em.find(Complaint.class, id.value());
        if (complaint == null) {
            return Optional.empty();
        }
        logAccess(em, id, readBy, "EVIDENCE", clock.instant());
        Object[] original = em.createQuery(
                        "SELECT m.size, m.sha256 FROM RawMessage m WHERE m.complaintId = :id", Object[].class)
                .setParameter("id", id.value())
                .getResultStream()
                .findFirst()
                .orElse(null);
        StoredAnalysis stored = em.find(StoredAnalysis.class, id.value());
        return Optional.of(new Evidence(
                id,
                complaint.receiptNumber(),
                complaint.intake(),
                complaint.channel(),
                complaint.prefectureCode(),
                complaint.receivedAt(),
                complaint.subject(),
                complaint.messageText(),
                original == null ? 0 : ((Number) original[0]).longValue(),
                original == null ? null : (String) original[1],
                stored == null ? null : analysis(id, stored)));
    }

    @Override
    public Optional<Original> original(ComplaintId id, String readBy) {
        RawMessage raw = em.find(RawMessage.class, id.value());
        Complaint complaint = em.find(Complaint.class, id.value());
        if (raw == null || complaint == null) {
            return Optional.empty();
        }
        logAccess(em, id, readBy, "ORIGINAL", clock.instant());
        return Optional.of(new Original(complaint.receiptNumber(), raw.content(), raw.sha256()));
    }

    @Override
    public Optional<String> contactAddress(ComplaintId id, String readBy) {
        ComplaintContact contact = em.find(ComplaintContact.class, id.value());
        if (contact == null) {
            return Optional.empty();
        }
        logAccess(em, id, readBy, "CONTACT", clock.instant());
        return Optional.of(contact.email());
    }

    /** The stored analysis as the api's record; null when an older analyser wrote what no longer reads. */
    static AnalysisResult analysis(ComplaintId id, StoredAnalysis stored) {
        try {
            return JSON.fromJson(stored.resultJson(), AnalysisResult.class);
        } catch (RuntimeException e) {
            // an analysis written by an older analyser that no longer reads: the page shows none, re-analysis fixes it
            LOG.log(Level.WARNING, "the stored analysis of complaint " + id.value() + " could not be read", e);
            return null;
        }
    }

    /** Writes one read of a report to the access log, in the caller's transaction. */
    static void logAccess(EntityManager em, ComplaintId id, String actor, String what, Instant at) {
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("evidence is read by someone: the reader's name is required");
        }
        em.createNativeQuery("INSERT INTO cmp_access_log (at, actor, complaint_id, what) VALUES (?, ?, ?, ?)")
                .setParameter(1, LocalDateTime.ofInstant(at, ZoneOffset.UTC))
                .setParameter(2, actor)
                .setParameter(3, id.value())
                .setParameter(4, what)
                .executeUpdate();
    }
}
